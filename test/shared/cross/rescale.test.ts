import { describe, expect, it } from 'vitest';
import { describeMapping, rescaleLevel, scaleMapping } from '../../../shared/cross/rescale';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { THREE_BY_THREE } from './fixtures';

const five = DEFAULT_METHODOLOGY.likelihood;
const three = THREE_BY_THREE.likelihood;

describe('rescaleLevel', () => {
  it('maps a 3-level scale onto 5 levels keeping both ends: 1→1, 2→3, 3→5', () => {
    expect([1, 2, 3].map((l) => rescaleLevel(l, three, five))).toEqual([1, 3, 5]);
  });

  it('maps a 5-level scale onto 3 levels with halves rounding up: 1,2,3,4,5 → 1,2,2,3,3', () => {
    expect([1, 2, 3, 4, 5].map((l) => rescaleLevel(l, five, three))).toEqual([1, 2, 2, 3, 3]);
  });

  it('follows round(1 + (level − 1) × (m − 1) / (n − 1)) for every pair of sizes 3–10', () => {
    const scale = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ level: i + 1, label: `L${i + 1}`, description: '' }));
    for (let n = 3; n <= 10; n++)
      for (let m = 3; m <= 10; m++)
        for (let l = 1; l <= n; l++)
          expect(rescaleLevel(l, scale(n), scale(m))).toBe(
            Math.round(1 + ((l - 1) * (m - 1)) / (n - 1)),
          );
  });

  it('returns null for a level that is not on the source scale', () => {
    expect(rescaleLevel(4, three, five)).toBeNull();
  });
});

describe('describeMapping', () => {
  it('states the formula and each level pair', () => {
    expect(describeMapping('likelihood', scaleMapping(three, five))).toBe(
      'likelihood mapped from 3 to 5 levels by round(1 + (level − 1) × 4 / 2) (1→1, 2→3, 3→5)',
    );
  });

  it('says when a scale is unchanged', () => {
    expect(describeMapping('impact', scaleMapping(five, five))).toBe('impact levels unchanged');
  });
});
