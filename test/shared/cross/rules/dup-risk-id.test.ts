import { describe, expect, it } from 'vitest';
import { checkDuplicateRiskIds } from '../../../../shared/cross/rules/dup-risk-id';
import { cleanRisk, workbook } from '../fixtures';

describe('checkDuplicateRiskIds', () => {
  it('reports a risk id used in two workbooks for different risks, at the later id cell', () => {
    const a = workbook('sales.xlsx', { risks: [cleanRisk('R-1')] });
    const b = workbook('ops.xlsx', {
      risks: [cleanRisk('R-2'), cleanRisk('R-1', { Threat: 'Flood', 'Risk Owner': 'COO' })],
    });
    const findings = checkDuplicateRiskIds([a, b]);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({
      rule: 'XWB-DUP-RISK-ID',
      severity: 'minor',
      workbook: 'ops.xlsx',
      sheet: 'Risks',
      cell: 'A3',
      row: 3,
    });
    expect(f.message).toContain('sales.xlsx');
    expect(f.message).toContain('threat');
    expect(f.message).toContain('risk owner');
    expect(f.message).toContain('6.1.2');
  });

  it('accepts the same risk copied into two workbooks with identical content', () => {
    const a = workbook('sales.xlsx', {
      risks: [cleanRisk('R-1', { Description: 'Ransomware on file servers' })],
    });
    const b = workbook('group.xlsx', {
      risks: [cleanRisk('r-1 ', { Description: 'Ransomware on  file servers ' })],
    });
    expect(checkDuplicateRiskIds([a, b])).toEqual([]);
  });

  it('ignores differences in computed scores, which XWB-METHOD-DIFF covers', () => {
    const a = workbook('a.xlsx', { risks: [cleanRisk('R-1', { 'Inherent Score': 12 })] });
    const b = workbook('b.xlsx', { risks: [cleanRisk('R-1', { 'Inherent Score': 99 })] });
    expect(checkDuplicateRiskIds([a, b])).toEqual([]);
  });

  it('leaves duplicates inside one workbook to RR-DUP-ID', () => {
    const a = workbook('a.xlsx', {
      risks: [cleanRisk('R-1'), cleanRisk('R-1', { Threat: 'Flood' })],
    });
    expect(checkDuplicateRiskIds([a])).toEqual([]);
  });
});
