import { describe, expect, it } from 'vitest';
import type { Methodology } from '../../../shared/model/types';
import { DEFAULT_METHODOLOGY, scoreRange } from '../../../shared/risk/methodology';
import { computeScore, rateScore } from '../../../shared/risk/score-risk';

const D = DEFAULT_METHODOLOGY;
const SUM: Methodology = {
  ...D,
  formula: 'sum',
  bands: [
    { name: 'Low', min: 2, max: 4, color: '#92D050' },
    { name: 'Medium', min: 5, max: 7, color: '#FFEB84' },
    { name: 'High', min: 8, max: 10, color: '#FF5B5B' },
  ],
  acceptanceThreshold: 6,
};
const MATRIX: Methodology = {
  ...D,
  formula: 'matrix',
  matrix: [
    [1, 1, 2, 2, 3],
    [1, 2, 2, 3, 3],
    [2, 2, 3, 3, 4],
    [2, 3, 3, 4, 4],
    [3, 3, 4, 4, 4],
  ],
  bands: [
    { name: 'Low', min: 1, max: 1, color: '#92D050' },
    { name: 'Medium', min: 2, max: 2, color: '#FFEB84' },
    { name: 'High', min: 3, max: 3, color: '#FFC000' },
    { name: 'Critical', min: 4, max: 4, color: '#FF5B5B' },
  ],
  acceptanceThreshold: 2,
};

describe('computeScore', () => {
  it('multiplies likelihood by impact under the product formula', () => {
    expect(computeScore(D, 4, 4)).toBe(16);
    expect(computeScore(D, 1, 5)).toBe(5);
  });

  it('adds likelihood and impact under the sum formula', () => {
    expect(computeScore(SUM, 4, 4)).toBe(8);
  });

  it('looks the score up in the matrix (row = likelihood, column = impact)', () => {
    expect(computeScore(MATRIX, 2, 4)).toBe(3);
    expect(computeScore(MATRIX, 5, 1)).toBe(3);
  });

  it('returns null for levels off the scale', () => {
    expect(computeScore(D, 0, 3)).toBeNull();
    expect(computeScore(D, 6, 3)).toBeNull();
    expect(computeScore(D, 2.5, 3)).toBeNull();
  });
});

describe('rateScore', () => {
  it('rates by inclusive bands under each formula', () => {
    expect(rateScore(D, 4)?.name).toBe('Low');
    expect(rateScore(D, 5)?.name).toBe('Medium');
    expect(rateScore(D, 16)?.name).toBe('Critical');
    expect(rateScore(SUM, 7)?.name).toBe('Medium');
    expect(rateScore(MATRIX, 4)?.color).toBe('#FF5B5B');
  });

  it('returns null when no band covers the score', () => {
    expect(rateScore(D, 26)).toBeNull();
  });
});

describe('scoreRange', () => {
  it('spans the lowest to highest possible score', () => {
    expect(scoreRange(D)).toEqual({ min: 1, max: 25 });
    expect(scoreRange(SUM)).toEqual({ min: 2, max: 10 });
    expect(scoreRange(MATRIX)).toEqual({ min: 1, max: 4 });
  });
});
