import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk, snapshotFromTables } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('METH-MISSING', () => {
  it('reports a workbook with risks and no methodology, as major', () => {
    const s = canonicalSnapshot('r.xlsx', { risks: [cleanRisk('R1')] }, { methodology: null });
    const [f, ...rest] = ruleFindings(s, 'METH-MISSING');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'major', workbook: 'r.xlsx', sheet: 'Risks', cell: null });
    expect(f.message).toMatch(/6\.1\.2 a\) and b\)/);
  });

  it('passes when the methodology is documented, or when there are no risks', () => {
    expect(
      ruleFindings(canonicalSnapshot('r.xlsx', { risks: [cleanRisk('R1')] }), 'METH-MISSING'),
    ).toEqual([]);
    expect(
      ruleFindings(
        snapshotFromTables('soa.xlsx', { tblSoA: [] }, { methodology: null }),
        'METH-MISSING',
      ),
    ).toEqual([]);
  });
});
