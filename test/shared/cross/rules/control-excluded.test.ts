import { describe, expect, it } from 'vitest';
import { checkControlsExcludedElsewhere } from '../../../../shared/cross/rules/control-excluded';
import { cleanRisk, partial, soaExcluding, workbook } from '../fixtures';

describe('checkControlsExcludedElsewhere', () => {
  it('reports a risk treated with a control that the SoA of another workbook excludes', () => {
    const reg = partial('sales.xlsx', {
      tblRisks: [cleanRisk('R-1', { 'Annex A Controls': 'A.8.8, A.8.13' })],
    });
    const soa = workbook('soa.xlsx', { soa: soaExcluding('8.13') });
    const findings = checkControlsExcludedElsewhere([reg, soa]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'XWB-CONTROL-EXCLUDED',
      severity: 'major',
      workbook: 'sales.xlsx',
      sheet: 'Risks',
      cell: 'N2',
      row: 2,
    });
    expect(findings[0].message).toContain('A.8.13');
    expect(findings[0].message).toContain('soa.xlsx (SoA!D');
    expect(findings[0].message).toContain('6.1.3');
  });

  it('resolves 2013 references to their 2022 successors', () => {
    const reg = partial('sales.xlsx', {
      tblRisks: [cleanRisk('R-1', { 'Annex A Controls': 'A.12.3.1' })],
    });
    const soa = workbook('soa.xlsx', { soa: soaExcluding('8.13') });
    expect(checkControlsExcludedElsewhere([reg, soa])).toHaveLength(1);
  });

  it('leaves the same workbook’s own SoA to RR-CONTROL-EXCLUDED', () => {
    const one = workbook('all.xlsx', { risks: [cleanRisk('R-1')], soa: soaExcluding('8.13') });
    expect(checkControlsExcludedElsewhere([one])).toEqual([]);
  });

  it('accepts controls that other SoAs include', () => {
    const reg = partial('sales.xlsx', { tblRisks: [cleanRisk('R-1')] });
    const soa = workbook('soa.xlsx', { soa: soaExcluding('5.1') });
    expect(checkControlsExcludedElsewhere([reg, soa])).toEqual([]);
  });
});
