import { describe, expect, it } from 'vitest';
import { checkWorkbooks } from '../../../shared/cross/check-workbooks';
import { cleanRisk, partial, soaExcluding, THREE_BY_THREE, workbook } from './fixtures';

describe('checkWorkbooks', () => {
  it('finds nothing across consistent workbooks and still consolidates their risks', () => {
    const a = workbook('a.xlsx', { risks: [cleanRisk('R-1')], assets: [{ 'Asset ID': 'A1' }] });
    const b = workbook('b.xlsx', { risks: [cleanRisk('R-2')] });
    const result = checkWorkbooks([a, b], { asOf: '2025-06-30' });
    expect(result.findings).toEqual([]);
    expect(result.consolidated.risks.map((r) => r.id)).toEqual(['R-1', 'R-2']);
  });

  it('runs every XWB rule over a business-unit register, an SoA workbook and an asset inventory', () => {
    const sales = workbook(
      'sales.xlsx',
      { risks: [cleanRisk('R-1', { 'Asset IDs': 'A7' })] },
      { methodology: THREE_BY_THREE },
    );
    const group = workbook('group.xlsx', {
      risks: [cleanRisk('R-1', { 'Asset IDs': 'A1', Threat: 'Flood' })],
      soa: soaExcluding('8.8'),
    });
    const assets = partial(
      'assets.xlsx',
      { tblAssets: [{ 'Asset ID': 'A1' }] },
      { methodology: null },
    );
    const rules = checkWorkbooks([group, sales, assets], { asOf: '2025-06-30' }).findings.map(
      (f) => `${f.rule}@${f.workbook}`,
    );
    expect(rules).toEqual([
      'XWB-METHOD-DIFF@sales.xlsx',
      'XWB-DUP-RISK-ID@sales.xlsx',
      'XWB-SOA-CONFLICT@sales.xlsx',
      'XWB-UNKNOWN-ASSET@sales.xlsx',
      'XWB-CONTROL-EXCLUDED@sales.xlsx',
    ]);
  });
});
