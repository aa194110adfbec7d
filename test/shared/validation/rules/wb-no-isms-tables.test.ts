import { describe, expect, it } from 'vitest';
import type { WorkbookSnapshot } from '../../../../shared';
import { canonicalSnapshot, snapshotFromTables } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

/** A register in a consultant's own layout: no canonical table, no canonical sheet. */
const foreign: WorkbookSnapshot = {
  name: 'client-register.xlsx',
  sheets: [
    {
      name: 'Risk Register',
      origin: { row: 1, col: 1 },
      rows: [
        ['Ref', 'Risk', 'Probability', 'Impact'],
        ['R-1', 'Ransomware', 4, 5],
      ],
    },
  ],
  tables: [],
};

describe('WB-NO-ISMS-TABLES', () => {
  it('reports a workbook with none of the canonical tables, as not checked (a tool problem, not a nonconformity), pointing to the import', () => {
    const [f, ...rest] = ruleFindings(foreign, 'WB-NO-ISMS-TABLES');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'not-checked',
      workbook: 'client-register.xlsx',
      sheet: null,
      cell: null,
      row: null,
    });
    expect(f.message).toMatch(/isms import/);
    expect(f.message).toMatch(/6\.1\.2 and 6\.1\.3 d\)/);
  });

  it('passes as soon as one canonical part is there', () => {
    expect(ruleFindings(canonicalSnapshot('c.xlsx'), 'WB-NO-ISMS-TABLES')).toEqual([]);
    const soaOnly = snapshotFromTables('soa.xlsx', { tblSoA: [] }, { methodology: null });
    expect(ruleFindings(soaOnly, 'WB-NO-ISMS-TABLES')).toEqual([]);
  });
});
