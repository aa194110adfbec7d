import { describe, expect, it } from 'vitest';
import { checkUnknownAssets } from '../../../../shared/cross/rules/unknown-asset';
import { cleanRisk, partial, workbook } from '../fixtures';

const inventory = () =>
  partial('assets.xlsx', {
    tblAssets: [
      { 'Asset ID': 'A1', 'Asset Name': 'File server' },
      { 'Asset ID': 'A2', 'Asset Name': 'CRM' },
    ],
  });

describe('checkUnknownAssets', () => {
  it('reports a risk naming an asset no inventory in the set holds, at its Asset IDs cell', () => {
    const reg = workbook('sales.xlsx', { risks: [cleanRisk('R-1', { 'Asset IDs': 'A1, A9' })] });
    const findings = checkUnknownAssets([reg, inventory()]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'XWB-UNKNOWN-ASSET',
      severity: 'minor',
      workbook: 'sales.xlsx',
      sheet: 'Risks',
      cell: 'B2',
      row: 2,
    });
    expect(findings[0].message).toContain('A9');
    expect(findings[0].message).not.toContain('A1,');
    expect(findings[0].message).toContain('assets.xlsx');
    expect(findings[0].message).toContain('5.9');
  });

  it('accepts assets held by any inventory of the set, case-insensitively', () => {
    const reg = workbook('sales.xlsx', { risks: [cleanRisk('R-1', { 'Asset IDs': 'a2' })] });
    expect(checkUnknownAssets([reg, inventory()])).toEqual([]);
  });

  it('stays silent when no workbook of the set has an asset inventory', () => {
    const reg = workbook('sales.xlsx', { risks: [cleanRisk('R-1', { 'Asset IDs': 'A9' })] });
    expect(checkUnknownAssets([reg])).toEqual([]);
  });
});
