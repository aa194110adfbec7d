/**
 * Methodology changes between two cycles (6.1.2 b: results must stay comparable), one item per
 * aspect, and the rescaling that makes the previous cycle's scores comparable with the current
 * ones: levels mapped linearly onto the current scales, scored by the current method.
 */
import { rescaleLevel } from '../cross/rescale';
import type { Methodology, RatingBand, ScaleLevel } from '../model/types';
import type { ChangeItem } from './change-item';

function scaleText(levels: readonly ScaleLevel[]): string {
  const ls = levels.map((l) => l.level);
  return levels.length === 0
    ? 'no levels'
    : `${levels.length} levels (${Math.min(...ls)}–${Math.max(...ls)})`;
}

function bandsText(bands: readonly RatingBand[]): string {
  return bands.map((b) => `${b.name} ${b.min}–${b.max}`).join(', ');
}

function matrixText(m: Methodology): string {
  return m.formula === 'matrix' ? `matrix ${JSON.stringify(m.matrix ?? [])}` : m.formula;
}

/** Each aspect that differs: scales, formula (and matrix), bands, acceptance threshold. */
export function methodologyChanges(a: Methodology | null, b: Methodology | null): ChangeItem[] {
  if (a === null || b === null) {
    if (a === b) return [];
    return [
      {
        area: 'methodology',
        kind: a === null ? 'added' : 'removed',
        id: 'methodology',
        field: null,
        before: null,
        after: null,
      },
    ];
  }
  const aspects: [string, string, string][] = [
    ['likelihood', scaleText(a.likelihood), scaleText(b.likelihood)],
    ['impact', scaleText(a.impact), scaleText(b.impact)],
    ['formula', matrixText(a), matrixText(b)],
    ['bands', bandsText(a.bands), bandsText(b.bands)],
    ['acceptanceThreshold', String(a.acceptanceThreshold), String(b.acceptanceThreshold)],
  ];
  return aspects
    .filter(([, x, y]) => x.toLowerCase() !== y.toLowerCase())
    .map(([field, before, after]) => ({
      area: 'methodology',
      kind: 'changed',
      id: 'methodology',
      field,
      before,
      after,
    }));
}

/** True when scores under `a` must be rescaled to compare with scores under `b`. */
export function needsRescale(a: Methodology, b: Methodology): boolean {
  const levels = (s: readonly ScaleLevel[]) => s.map((l) => l.level).join(',');
  return levels(a.likelihood) !== levels(b.likelihood) || levels(a.impact) !== levels(b.impact);
}

/** A previous-cycle likelihood/impact pair on the current scales (null when off-scale). */
export function rescalePair(
  l: number,
  i: number,
  from: Methodology,
  to: Methodology,
): { readonly likelihood: number; readonly impact: number } | null {
  const likelihood = rescaleLevel(l, from.likelihood, to.likelihood);
  const impact = rescaleLevel(i, from.impact, to.impact);
  return likelihood === null || impact === null ? null : { likelihood, impact };
}
