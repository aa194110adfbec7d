import { describe, expect, it } from 'vitest';
import { checkMethodologyDifferences } from '../../../../shared/cross/rules/method-diff';
import { DEFAULT_METHODOLOGY } from '../../../../shared/risk/methodology';
import { cleanRisk, THREE_BY_THREE, workbook } from '../fixtures';

describe('checkMethodologyDifferences', () => {
  it('reports a register scored on other scales, formula and threshold, saying what differs', () => {
    const a = workbook('sales.xlsx', { risks: [cleanRisk('R-1')] });
    const b = workbook(
      'ops.xlsx',
      {
        risks: [
          cleanRisk('O-1', {
            Likelihood: 2,
            Impact: 3,
            'Residual Likelihood': 1,
            'Residual Impact': 2,
          }),
        ],
      },
      { methodology: THREE_BY_THREE },
    );
    const findings = checkMethodologyDifferences([a, b]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'XWB-METHOD-DIFF',
      severity: 'minor',
      workbook: 'ops.xlsx',
      sheet: 'Methodology',
      cell: null,
    });
    const msg = findings[0].message;
    expect(msg).toContain('likelihood scale 3 levels (1–3) vs 5 levels (1–5)');
    expect(msg).toContain('impact scale');
    expect(msg).toContain('rating bands');
    expect(msg).toContain('acceptance threshold 4 vs 9');
    expect(msg).toContain('6.1.2 b');
  });

  it('reports a different formula alone', () => {
    const sum = {
      ...DEFAULT_METHODOLOGY,
      formula: 'sum' as const,
      bands: [{ name: 'Low', min: 2, max: 10, color: '#92D050' }],
    };
    const a = workbook('a.xlsx', { risks: [cleanRisk('R-1')] });
    const b = workbook('b.xlsx', { risks: [cleanRisk('R-2')] }, { methodology: sum });
    const [f] = checkMethodologyDifferences([a, b]);
    expect(f.message).toContain('score formula sum vs product');
    expect(f.message).not.toContain('likelihood scale');
  });

  it('accepts workbooks on the same method, even with other labels and colours', () => {
    const relabelled = {
      ...DEFAULT_METHODOLOGY,
      bands: DEFAULT_METHODOLOGY.bands.map((b) => ({ ...b, color: '#000000' })),
    };
    const a = workbook('a.xlsx', { risks: [cleanRisk('R-1')] });
    const b = workbook('b.xlsx', { risks: [cleanRisk('R-2')] }, { methodology: relabelled });
    expect(checkMethodologyDifferences([a, b])).toEqual([]);
  });

  it('ignores workbooks without risks (an SoA workbook is not scored)', () => {
    const a = workbook('a.xlsx', { risks: [cleanRisk('R-1')] });
    const soa = workbook('soa.xlsx', {}, { methodology: THREE_BY_THREE });
    expect(checkMethodologyDifferences([a, soa])).toEqual([]);
  });

  it('compares with the most common method, so the odd one out is reported', () => {
    const odd = workbook(
      'odd.xlsx',
      { risks: [cleanRisk('X-1', { Likelihood: 2, Impact: 2 })] },
      { methodology: THREE_BY_THREE },
    );
    const b = workbook('b.xlsx', { risks: [cleanRisk('R-1')] });
    const c = workbook('c.xlsx', { risks: [cleanRisk('R-2')] });
    const findings = checkMethodologyDifferences([odd, b, c]);
    expect(findings.map((f) => f.workbook)).toEqual(['odd.xlsx']);
    expect(findings[0].message).toContain('from b.xlsx');
  });
});
