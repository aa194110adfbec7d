import type { Methodology, RatingBand } from '../model/types';

/**
 * Score of one likelihood/impact pair under the method, or null when either is not a level of
 * its scale.
 *
 * - `product`: likelihood × impact
 * - `sum`: likelihood + impact
 * - `matrix`: matrix[likelihood − 1][impact − 1]
 *
 * @example computeScore(DEFAULT_METHODOLOGY, 4, 4) // 16
 */
export function computeScore(m: Methodology, likelihood: number, impact: number): number | null {
  if (!m.likelihood.some((l) => l.level === likelihood)) return null;
  if (!m.impact.some((l) => l.level === impact)) return null;
  switch (m.formula) {
    case 'product':
      return likelihood * impact;
    case 'sum':
      return likelihood + impact;
    case 'matrix': {
      const v = m.matrix?.[likelihood - 1]?.[impact - 1];
      return typeof v === 'number' ? v : null;
    }
  }
}

/**
 * The rating band a score falls in (bands are inclusive ranges), or null when no band covers it.
 *
 * @example rateScore(DEFAULT_METHODOLOGY, 16)?.name // 'Critical'
 */
export function rateScore(m: Methodology, score: number): RatingBand | null {
  return m.bands.find((b) => score >= b.min && score <= b.max) ?? null;
}
