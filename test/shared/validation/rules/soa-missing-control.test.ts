import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanSoa, snapshotFromTables } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('SOA-MISSING-CONTROL', () => {
  it('reports each absent control, saying when it is new in 2022', () => {
    const soa = cleanSoa().filter(
      (r) => r['Control ID'] !== 'A.5.7' && r['Control ID'] !== 'A.5.15',
    );
    const fs = ruleFindings(canonicalSnapshot('s.xlsx', { soa }), 'SOA-MISSING-CONTROL');
    expect(fs.map((f) => f.message)).toEqual([
      'The Statement of Applicability does not list control A.5.7 Threat intelligence (new in ISO/IEC 27001:2022); every Annex A control needs an applicability decision (ISO/IEC 27001:2022 6.1.3 d).',
      'The Statement of Applicability does not list control A.5.15 Access control; every Annex A control needs an applicability decision (ISO/IEC 27001:2022 6.1.3 d).',
    ]);
    expect(fs[0]).toMatchObject({ severity: 'minor', sheet: 'SoA', cell: null, row: null });
  });

  it('passes a full SoA, and a workbook without an SoA table', () => {
    expect(ruleFindings(canonicalSnapshot('s.xlsx'), 'SOA-MISSING-CONTROL')).toEqual([]);
    expect(
      ruleFindings(snapshotFromTables('r.xlsx', { tblRisks: [] }), 'SOA-MISSING-CONTROL'),
    ).toEqual([]);
  });
});
