import { describe, expect, it } from 'vitest';
import { assess } from '../../shared/assess';
import { isoDateToSerial } from '../../shared/grid/cell';
import { canonicalSnapshot, cleanRisk, cleanSoa, snapshotFromTables } from '../support/snapshot';

const asOf = '2025-06-30';

describe('assess', () => {
  it('returns no findings, full heat maps and SoA progress for a clean workbook', () => {
    const a = assess(
      canonicalSnapshot('clean.xlsx', { risks: [cleanRisk('R1'), cleanRisk('R2')] }),
      { asOf },
    );
    expect(a.findings).toEqual([]);
    expect(a.summary).toEqual({
      total: 0,
      major: 0,
      minor: 0,
      observation: 0,
      notChecked: 0,
      byRule: {},
    });
    expect(
      a.heatMaps?.inherent.cells.find((c) => c.likelihood === 3 && c.impact === 4)?.riskIds,
    ).toEqual(['R1', 'R2']);
    expect(a.soaProgress?.total.implemented).toBe(93);
    expect(a.workbook.name).toBe('clean.xlsx');
  });

  it('reports every defect of a messy workbook, sorted, with a summary', () => {
    const risks = [
      cleanRisk('R-1', { Likelihood: 'high', 'Inherent Score': 12 }),
      cleanRisk('R-2', {
        'Inherent Score': 99,
        'Annex A Controls': 'A.12.6.1',
        'Due Date': isoDateToSerial('2025-01-31'),
      }),
      cleanRisk('R-2', { Treatment: 'Ignore', 'Risk Owner': null }),
      cleanRisk('R-4', {
        'Residual Likelihood': 4,
        'Residual Impact': 4,
        'Annex A Controls': 'A.8.8',
      }),
    ];
    const soa = cleanSoa()
      .filter((r) => r['Control ID'] !== 'A.5.7')
      .map((r) =>
        r['Control ID'] === 'A.8.8' ? { ...r, Applicable: 'No', Justification: null } : r,
      );
    const a = assess(canonicalSnapshot('messy.xlsx', { risks, soa }), { asOf });
    expect(a.findings.map((f) => `${f.sheet}!${f.cell ?? '-'} ${f.rule}`)).toEqual([
      'Risks!G2 RR-SCALE',
      'Risks!N2 RR-CONTROL-EXCLUDED',
      'Risks!I3 RR-SCORE-MISMATCH',
      'Risks!N3 RR-UNKNOWN-CONTROL',
      'Risks!P3 RR-OVERDUE',
      'Risks!A4 RR-DUP-ID',
      'Risks!F4 RR-REQUIRED',
      'Risks!L4 RR-TREATMENT-INVALID',
      'Risks!N4 RR-CONTROL-EXCLUDED',
      'Risks!N5 RR-CONTROL-EXCLUDED',
      'Risks!T5 RR-RESIDUAL-HIGHER',
      'Risks!V5 RR-ACCEPTANCE-MISSING',
      'SoA!- SOA-MISSING-CONTROL',
        'SoA!D67 SOA-EXCLUDED-COMMON',
      'SoA!E67 SOA-NO-JUSTIFICATION',
    ]);
    // RR-ACCEPTANCE-MISSING is minor for one unaccepted risk; SOA-EXCLUDED-COMMON is new.
    expect(a.summary).toMatchObject({ total: 15, major: 3, minor: 10, observation: 2 });
    expect(a.findings.every((f) => f.workbook === 'messy.xlsx')).toBe(true);
    expect(a.heatMaps?.inherent.unplaced).toEqual(['R-1']);
    expect(a.soaProgress?.excludedButReferenced).toEqual([
      { controlId: '8.8', riskIds: ['R-1', 'R-2', 'R-4'] },
    ]);
  });

  it('includes parse findings and has no heat maps without a methodology', () => {
    const s = snapshotFromTables(
      'r.xlsx',
      { tblRisks: [{ 'Risk ID': 'R1', Treatment: 'Accept' }] },
      { methodology: null, columns: { tblRisks: ['Risk ID', 'Treatment'] } },
    );
    const a = assess(s, { asOf });
    expect(a.summary.byRule).toMatchObject({ 'WB-MISSING-COLUMN': 4, 'METH-MISSING': 1 });
    expect(a.heatMaps).toBeNull();
    expect(a.soaProgress).toBeNull();
  });

  it('assesses an empty snapshot without crashing, saying nothing could be checked', () => {
    const a = assess({ name: 'empty.xlsx', sheets: [], tables: [] }, { asOf });
    expect(a.findings.map((f) => f.rule)).toEqual(['WB-NO-ISMS-TABLES']);
    expect(a.workbook.risks).toBeNull();
  });

  it('rejects an as-of date that is not ISO (a host bug, not a data problem)', () => {
    expect(() => assess(canonicalSnapshot('x'), { asOf: '30/06/2025' })).toThrow(/asOf/);
  });
});
