import { describe, expect, it } from 'vitest';
import { buildHeatMap } from '../../../shared/heatmap/heat-map';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';

const risks =
  parseWorkbook(
    canonicalSnapshot('r.xlsx', {
      risks: [
        cleanRisk('R1', {
          Likelihood: 4,
          Impact: 4,
          'Residual Likelihood': 2,
          'Residual Impact': 2,
        }),
        cleanRisk('R2', {
          Likelihood: 4,
          Impact: 4,
          'Residual Likelihood': 2,
          'Residual Impact': 3,
        }),
        cleanRisk('R3', {
          Likelihood: 1,
          Impact: 5,
          'Residual Likelihood': null,
          'Residual Impact': null,
        }),
        cleanRisk('R4', { Likelihood: 'high', Impact: 3 }),
      ],
    }),
  ).workbook.risks ?? [];

const cell = (m: ReturnType<typeof buildHeatMap>, l: number, i: number) =>
  m.cells.find((c) => c.likelihood === l && c.impact === i);

describe('buildHeatMap', () => {
  it('has one cell per likelihood × impact pair, likelihood-major and ascending', () => {
    const m = buildHeatMap([], DEFAULT_METHODOLOGY, 'inherent');
    expect(m.cells).toHaveLength(25);
    expect(m.cells.slice(0, 6).map((c) => [c.likelihood, c.impact])).toEqual([
      [1, 1],
      [1, 2],
      [1, 3],
      [1, 4],
      [1, 5],
      [2, 1],
    ]);
    expect(m.total).toBe(0);
  });

  it('counts inherent risks per cell with score, band and colour', () => {
    const m = buildHeatMap(risks, DEFAULT_METHODOLOGY, 'inherent');
    expect(cell(m, 4, 4)).toEqual({
      likelihood: 4,
      impact: 4,
      score: 16,
      band: 'Critical',
      color: '#FF5B5B',
      count: 2,
      riskIds: ['R1', 'R2'],
    });
    expect(cell(m, 1, 5)?.count).toBe(1);
    expect(m.cells.reduce((s, c) => s + c.count, 0)).toBe(3);
    expect(m.unplaced).toEqual(['R4']);
    expect(m.total).toBe(4);
  });

  it('places residual risks by their residual levels; unassessed ones are unplaced', () => {
    const m = buildHeatMap(risks, DEFAULT_METHODOLOGY, 'residual');
    expect(m.kind).toBe('residual');
    expect(cell(m, 2, 2)?.riskIds).toEqual(['R1']);
    expect(cell(m, 2, 3)?.riskIds).toEqual(['R2', 'R4']);
    expect(cell(m, 4, 4)?.count).toBe(0);
    expect(m.unplaced).toEqual(['R3']);
  });

  it('places a risk without a residual at its inherent position when asked (consolidated view)', () => {
    const m = buildHeatMap(risks, DEFAULT_METHODOLOGY, 'residual', {
      residualFallsBackToInherent: true,
    });
    expect(cell(m, 1, 5)?.riskIds).toEqual(['R3']);
    expect(cell(m, 2, 2)?.riskIds).toEqual(['R1']);
    expect(m.unplaced).toEqual([]);
  });
});
