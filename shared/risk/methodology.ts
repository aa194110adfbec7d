import type { Methodology, RatingBand, ScaleLevel } from '../model/types';

const FIVE_LIKELIHOOD: readonly ScaleLevel[] = [
  {
    level: 1,
    label: 'Rare',
    description: 'May occur only in exceptional circumstances (less than once in 10 years)',
  },
  { level: 2, label: 'Unlikely', description: 'Could occur at some time (once in 3–10 years)' },
  { level: 3, label: 'Possible', description: 'Might occur (once in 1–3 years)' },
  { level: 4, label: 'Likely', description: 'Will probably occur (about once a year)' },
  { level: 5, label: 'Almost certain', description: 'Expected to occur (several times a year)' },
];

const FIVE_IMPACT: readonly ScaleLevel[] = [
  {
    level: 1,
    label: 'Negligible',
    description: 'No noticeable effect on operations, customers or compliance',
  },
  {
    level: 2,
    label: 'Minor',
    description: 'Limited, quickly recovered; no regulatory consequence',
  },
  {
    level: 3,
    label: 'Moderate',
    description: 'Noticeable disruption or data exposure; internal escalation',
  },
  {
    level: 4,
    label: 'Major',
    description: 'Serious disruption, reportable breach or significant financial loss',
  },
  {
    level: 5,
    label: 'Severe',
    description: 'Threatens the organisation, its licence or people’s safety',
  },
];

const FIVE_BANDS: readonly RatingBand[] = [
  { name: 'Low', min: 1, max: 4, color: '#92D050' },
  { name: 'Medium', min: 5, max: 9, color: '#FFEB84' },
  { name: 'High', min: 10, max: 15, color: '#FFC000' },
  { name: 'Critical', min: 16, max: 25, color: '#FF5B5B' },
];

/**
 * The default method: 5×5 likelihood × impact, score = product (1–25), four bands, risks above 9
 * (High and Critical) need the risk owner's acceptance.
 */
export const DEFAULT_METHODOLOGY: Methodology = {
  likelihood: FIVE_LIKELIHOOD,
  impact: FIVE_IMPACT,
  formula: 'product',
  matrix: null,
  bands: FIVE_BANDS,
  acceptanceThreshold: 9,
};

/** Lowest and highest score the method can produce. */
export function scoreRange(m: Methodology): { min: number; max: number } {
  const ls = m.likelihood.map((l) => l.level);
  const is = m.impact.map((l) => l.level);
  if (m.formula === 'matrix' && m.matrix) {
    const all = m.matrix.flat();
    return { min: Math.min(...all), max: Math.max(...all) };
  }
  const f = m.formula === 'sum' ? (a: number, b: number) => a + b : (a: number, b: number) => a * b;
  return { min: f(Math.min(...ls), Math.min(...is)), max: f(Math.max(...ls), Math.max(...is)) };
}
