/** Inherent → residual movement and the appetite test, over the core's own heat maps. */
import { describe, expect, it } from 'vitest';
import { aboveAppetite, movement } from '../../../addin/heatmap/moves';
import { assess } from '../../../shared/assess';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';

const maps = assess(
  canonicalSnapshot('reg.xlsx', {
    risks: [
      cleanRisk('R1', { Likelihood: 4, Impact: 4, 'Residual Likelihood': 2, 'Residual Impact': 3 }),
      cleanRisk('R2', { Likelihood: 2, Impact: 2, 'Residual Likelihood': 2, 'Residual Impact': 2 }),
      cleanRisk('R3', { Likelihood: 2, Impact: 2, 'Residual Likelihood': 3, 'Residual Impact': 2 }),
    ],
  }),
  { asOf: '2025-06-30' },
).heatMaps!;

describe('heat-map movement', () => {
  it('counts risks reduced, unchanged and increased by treatment, grouping equal moves', () => {
    const m = movement(maps.inherent, maps.residual);
    expect([m.reduced, m.unchanged, m.increased]).toEqual([1, 1, 1]);
    const r1 = m.moves.find((x) => x.riskIds.includes('R1'))!;
    expect([r1.from.likelihood, r1.from.impact, r1.to.likelihood, r1.to.impact]).toEqual([
      4, 4, 2, 3,
    ]);
  });

  it('puts a cell beyond the appetite only when its score is above the threshold', () => {
    const cell = (score: number | null) => ({ ...maps.inherent.cells[0], score });
    expect(aboveAppetite(cell(10), 9)).toBe(true);
    expect(aboveAppetite(cell(9), 9)).toBe(false);
    expect(aboveAppetite(cell(null), 9)).toBe(false);
    expect(aboveAppetite(cell(25), null)).toBe(false);
  });
});
