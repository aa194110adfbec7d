import { describe, expect, it } from 'vitest';
import { checkSoaConflicts } from '../../../../shared/cross/rules/soa-conflict';
import { soaExcluding, workbook } from '../fixtures';

describe('checkSoaConflicts', () => {
  it('reports a control applicable in one SoA and excluded in another, at the Applicable cell', () => {
    const a = workbook('group-soa.xlsx');
    const b = workbook('bu-soa.xlsx', { soa: soaExcluding('5.23') });
    const findings = checkSoaConflicts([a, b]);
    expect(findings).toHaveLength(1);
    // 5.23 is the 23rd control: data row 24; Applicable is column D.
    expect(findings[0]).toMatchObject({
      rule: 'XWB-SOA-CONFLICT',
      severity: 'minor',
      workbook: 'bu-soa.xlsx',
      sheet: 'SoA',
      cell: 'D24',
      row: 24,
    });
    expect(findings[0].message).toContain('A.5.23');
    expect(findings[0].message).toContain(
      'excluded in this Statement of Applicability but applicable in group-soa.xlsx (SoA!D24)',
    );
    expect(findings[0].message).toContain('6.1.3 d');
  });

  it('accepts SoAs that agree, including agreeing exclusions', () => {
    const a = workbook('a.xlsx', { soa: soaExcluding('7.5') });
    const b = workbook('b.xlsx', { soa: soaExcluding('7.5') });
    expect(checkSoaConflicts([a, b])).toEqual([]);
  });

  it('ignores rows with no decision', () => {
    const undecided = soaExcluding().map((r) =>
      r['Control ID'] === 'A.8.1' ? { ...r, Applicable: null } : r,
    );
    const a = workbook('a.xlsx', { soa: soaExcluding('8.1') });
    const b = workbook('b.xlsx', { soa: undecided });
    expect(checkSoaConflicts([a, b])).toEqual([]);
  });
});
