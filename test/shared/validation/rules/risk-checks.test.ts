/** The risk-treatment checks an auditor makes (RR-* added with the severity model). */
import { describe, expect, it } from 'vitest';
import { isoDateToSerial } from '../../../../shared/grid/cell';
import { canonicalSnapshot, cleanRisk, cleanSoa, type Row } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

const risks = (...rows: Row[]) => canonicalSnapshot('r.xlsx', { risks: rows });
const soaWith = (id: string, over: Row) =>
  cleanSoa().map((r) => (r['Control ID'] === `A.${id}` ? { ...r, ...over } : r));

describe('RR-MODIFY-NO-ACTION', () => {
  it('reports a risk to be modified without action owner or due date, at the blank cell', () => {
    const fs = ruleFindings(
      risks(cleanRisk('R-1', { 'Action Owner': null, 'Due Date': null })),
      'RR-MODIFY-NO-ACTION',
    );
    expect(fs).toMatchObject([{ severity: 'minor', cell: 'O2' }]);
    expect(fs[0].message).toMatch(/no action owner and due date.*6\.1\.3 e/);
  });
  it('passes a planned action with owner and date, and a retained risk', () => {
    expect(
      ruleFindings(
        risks(cleanRisk('R-1'), cleanRisk('R-2', { Treatment: 'Accept', 'Action Owner': null })),
        'RR-MODIFY-NO-ACTION',
      ),
    ).toEqual([]);
  });
});

describe('RR-TREATED-NOT-IMPLEMENTED', () => {
  it('reports a Treated risk whose control the SoA shows Planned', () => {
    const s = canonicalSnapshot('r.xlsx', {
      risks: [cleanRisk('R-1', { Status: 'Treated' })],
      soa: soaWith('8.8', { 'Implementation Status': 'Planned' }),
    });
    const fs = ruleFindings(s, 'RR-TREATED-NOT-IMPLEMENTED');
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toMatch(/"Treated".*A\.8\.8 .*8\.3/);
  });
  it('passes a Treated risk whose controls are implemented, and an open one', () => {
    const s = canonicalSnapshot('r.xlsx', {
      risks: [cleanRisk('R-1', { Status: 'Closed' }), cleanRisk('R-2')],
      soa: soaWith('8.13', { 'Implementation Status': 'Planned' }).map((r) => r),
    });
    expect(ruleFindings(s, 'RR-TREATED-NOT-IMPLEMENTED').map((f) => f.row)).toEqual([2]);
    expect(
      ruleFindings(risks(cleanRisk('R-1', { Status: 'Treated' })), 'RR-TREATED-NOT-IMPLEMENTED'),
    ).toEqual([]);
  });
});

describe('RR-RESIDUAL-UNCHANGED', () => {
  it('reports a residual equal to the inherent score although controls are planned', () => {
    const fs = ruleFindings(
      risks(cleanRisk('R-1', { 'Residual Likelihood': 3, 'Residual Impact': 4 })),
      'RR-RESIDUAL-UNCHANGED',
    );
    expect(fs).toMatchObject([{ severity: 'observation' }]);
    expect(fs[0].message).toContain('residual score 12 equals the inherent score');
  });
  it('passes a reduced residual, and a retained risk assessed once', () => {
    const kept = cleanRisk('R-2', {
      Treatment: 'Accept',
      'Annex A Controls': null,
      'Residual Likelihood': 3,
      'Residual Impact': 4,
    });
    expect(ruleFindings(risks(cleanRisk('R-1'), kept), 'RR-RESIDUAL-UNCHANGED')).toEqual([]);
  });
});

describe('RR-ACCEPTANCE-BY', () => {
  const accepted = (by: string) =>
    cleanRisk('R-1', { 'Accepted By': by, 'Acceptance Date': isoDateToSerial('2025-05-01') });
  it('reports an acceptance by someone who is neither the risk owner nor top management', () => {
    const fs = ruleFindings(risks(accepted('IT intern')), 'RR-ACCEPTANCE-BY');
    expect(fs).toMatchObject([{ severity: 'minor', cell: 'V2' }]);
    expect(fs[0].message).toMatch(/"IT intern".*risk owner "CIO".*6\.1\.3 f/);
  });
  it('passes the risk owner and top management', () => {
    expect(
      ruleFindings(
        risks(accepted('cio'), { ...accepted('Managing Director'), 'Risk ID': 'R-2' }),
        'RR-ACCEPTANCE-BY',
      ),
    ).toEqual([]);
  });
});

describe('RR-ACCEPTANCE-EXPIRED', () => {
  const on = (date: string) =>
    cleanRisk('R-1', { 'Accepted By': 'CIO', 'Acceptance Date': isoDateToSerial(date) });
  it('reports an acceptance more than 12 months before asOf', () => {
    expect(ruleFindings(risks(on('2024-03-01')), 'RR-ACCEPTANCE-EXPIRED')).toMatchObject([
      { severity: 'observation', cell: 'W2' },
    ]);
  });
  it('passes a recent acceptance', () => {
    expect(ruleFindings(risks(on('2025-01-01')), 'RR-ACCEPTANCE-EXPIRED')).toEqual([]);
  });
});

describe('RR-REVIEW-STALE', () => {
  it('reports a risk last reviewed more than 12 months before asOf', () => {
    const fs = ruleFindings(
      risks(cleanRisk('R-1', { 'Last Reviewed': isoDateToSerial('2024-01-31') })),
      'RR-REVIEW-STALE',
    );
    expect(fs).toMatchObject([{ severity: 'observation' }]);
    expect(fs[0].message).toMatch(/2024-01-31.*8\.2/);
  });
  it('passes a review within 12 months', () => {
    expect(ruleFindings(risks(cleanRisk('R-1')), 'RR-REVIEW-STALE')).toEqual([]);
  });
});
