/** The SoA checks an auditor makes (SOA-* added with the severity model). */
import { describe, expect, it } from 'vitest';
import { isoDateToSerial } from '../../../../shared/grid/cell';
import { canonicalSnapshot, cleanRisk, cleanSoa, type Row } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

function soa(over: Record<string, Row>): Row[] {
  return cleanSoa().map((r) => ({ ...r, ...(over[String(r['Control ID']).slice(2)] ?? {}) }));
}
const wb = (rows: Row[], risks: Row[] = [cleanRisk('R-1')]) =>
  canonicalSnapshot('s.xlsx', { risks, soa: rows });
const excluded = (why: string) => ({
  Applicable: 'No',
  Justification: why,
  'Implementation Status': null,
});

describe('SOA-NO-JUSTIFICATION placeholders', () => {
  it('reads "N/A", "TBD", "-" and "see above" as no justification', () => {
    const fs = ruleFindings(
      wb(
        soa({
          '7.5': excluded('N/A'),
          '7.6': excluded('-'),
          '7.7': { Justification: 'TBD' },
          '7.8': { Justification: 'see above' },
        }),
      ),
      'SOA-NO-JUSTIFICATION',
    );
    expect(fs.map((f) => f.row)).toHaveLength(4);
    expect(fs[0].message).toContain('is a placeholder, not a reason');
  });
  it('escalates to major when most decisions lack a justification', () => {
    const rows = cleanSoa().map((r) => ({ ...r, Justification: 'TBD' }));
    const fs = ruleFindings(wb(rows), 'SOA-NO-JUSTIFICATION');
    expect(fs).toHaveLength(93);
    expect(new Set(fs.map((f) => f.severity))).toEqual(new Set(['major']));
    expect(fs[0].message).toMatch(/Systemic: 93 of 93 applicability decisions/);
  });
});

describe('SOA-BOILERPLATE-JUSTIFICATION', () => {
  it('reports the same sentence on most exclusions', () => {
    const same = excluded('Not relevant to our business');
    const fs = ruleFindings(
      wb(
        soa({
          '7.5': same,
          '7.6': same,
          '7.7': same,
          '7.11': excluded('Utilities are the landlord’s'),
        }),
      ),
      'SOA-BOILERPLATE-JUSTIFICATION',
    );
    expect(fs).toHaveLength(3);
    expect(fs[0]).toMatchObject({ severity: 'minor' });
    expect(fs[0].message).toMatch(/same sentence as 3 of the 4 exclusions/);
  });
  it('passes exclusions with their own reasons, and a repeated inclusion reason', () => {
    const rows = soa({
      '7.5': excluded('No secure areas'),
      '7.6': excluded('No secure working areas'),
      '7.7': excluded('Hot-desking only'),
      '7.11': excluded('Landlord utilities'),
    });
    expect(ruleFindings(wb(rows), 'SOA-BOILERPLATE-JUSTIFICATION')).toEqual([]);
  });
});

describe('SOA-EXCLUDED-COMMON', () => {
  it('asks to verify the exclusion of a control almost every organisation needs', () => {
    const fs = ruleFindings(
      wb(soa({ '8.13': excluded('Cloud provider backs up') })),
      'SOA-EXCLUDED-COMMON',
    );
    expect(fs).toMatchObject([{ severity: 'observation' }]);
    expect(fs[0].message).toMatch(/A\.8\.13 .*verify the justification/);
  });
  it('passes the exclusion of a specialised control', () => {
    expect(
      ruleFindings(
        wb(soa({ '8.30': excluded('No outsourced development') })),
        'SOA-EXCLUDED-COMMON',
      ),
    ).toEqual([]);
  });
});

describe('SOA-NOT-IMPLEMENTED', () => {
  it('notes a few planned controls and makes a fifth or more not in operation a major finding', () => {
    const few = ruleFindings(
      wb(soa({ '5.1': { 'Implementation Status': 'Planned' } })),
      'SOA-NOT-IMPLEMENTED',
    );
    expect(few).toMatchObject([{ severity: 'observation' }]);
    const many: Record<string, Row> = {};
    cleanSoa()
      .slice(0, 20)
      .forEach(
        (r) =>
          (many[String(r['Control ID']).slice(2)] = { 'Implementation Status': 'Not implemented' }),
      );
    const fs = ruleFindings(wb(soa(many)), 'SOA-NOT-IMPLEMENTED');
    expect(fs).toHaveLength(20);
    expect(fs.every((f) => f.severity === 'major')).toBe(true);
  });
  it('passes a fully implemented SoA', () => {
    expect(ruleFindings(wb(cleanSoa()), 'SOA-NOT-IMPLEMENTED')).toEqual([]);
  });
});

describe('SOA-RISK-CONTROL-NOT-IMPLEMENTED', () => {
  it('reports a control a risk above the threshold relies on that is not in operation', () => {
    const fs = ruleFindings(
      wb(soa({ '8.8': { 'Implementation Status': 'Planned' } })),
      'SOA-RISK-CONTROL-NOT-IMPLEMENTED',
    );
    expect(fs).toMatchObject([{ severity: 'major' }]);
    expect(fs[0].message).toMatch(/A\.8\.8 .*"Planned".*risk R-1/);
  });
  it('passes when the relying risk is within the appetite', () => {
    const low = cleanRisk('R-1', { Likelihood: 1, Impact: 2 });
    expect(
      ruleFindings(
        wb(soa({ '8.8': { 'Implementation Status': 'Planned' } }), [low]),
        'SOA-RISK-CONTROL-NOT-IMPLEMENTED',
      ),
    ).toEqual([]);
  });
});

describe('SOA-LINKED-RISK-UNKNOWN', () => {
  it('reports Linked Risks naming no risk of the register', () => {
    const fs = ruleFindings(
      wb(soa({ '5.15': { 'Linked Risks': 'R-1, R-99' } })),
      'SOA-LINKED-RISK-UNKNOWN',
    );
    expect(fs).toMatchObject([{ severity: 'minor' }]);
    expect(fs[0].message).toContain('R-99');
  });
  it('passes linked risks the register holds, and an SoA kept without a register', () => {
    expect(
      ruleFindings(wb(soa({ '5.15': { 'Linked Risks': 'R-1' } })), 'SOA-LINKED-RISK-UNKNOWN'),
    ).toEqual([]);
    expect(
      ruleFindings(wb(soa({ '5.15': { 'Linked Risks': 'R-9' } }), []), 'SOA-LINKED-RISK-UNKNOWN'),
    ).toEqual([]);
  });
});

describe('SOA-REVIEW-STALE', () => {
  it('reports an SoA row last reviewed more than 12 months before asOf', () => {
    const fs = ruleFindings(
      wb(soa({ '5.1': { 'Last Reviewed': isoDateToSerial('2023-12-01') } })),
      'SOA-REVIEW-STALE',
    );
    expect(fs).toMatchObject([{ severity: 'observation' }]);
  });
  it('passes rows reviewed within 12 months', () => {
    expect(ruleFindings(wb(cleanSoa()), 'SOA-REVIEW-STALE')).toEqual([]);
  });
});
