import type { Methodology, RatingBand, ScaleLevel } from '../model/types';

function scaleText(levels: readonly ScaleLevel[]): string {
  if (levels.length === 0) return 'no levels';
  const ls = levels.map((l) => l.level);
  return `${levels.length} levels (${Math.min(...ls)}–${Math.max(...ls)})`;
}

function bandsText(bands: readonly RatingBand[]): string {
  return bands.map((b) => `${b.name} ${b.min}–${b.max}`).join(', ');
}

function sameLevels(a: readonly ScaleLevel[], b: readonly ScaleLevel[]): boolean {
  return a.length === b.length && a.every((l, i) => l.level === b[i].level);
}

function sameBands(a: readonly RatingBand[], b: readonly RatingBand[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, i) =>
        x.name.trim().toLowerCase() === b[i].name.trim().toLowerCase() &&
        x.min === b[i].min &&
        x.max === b[i].max,
    )
  );
}

function sameMatrix(a: Methodology, b: Methodology): boolean {
  return JSON.stringify(a.matrix ?? null) === JSON.stringify(b.matrix ?? null);
}

/**
 * What makes results under `a` not comparable with results under `b` (6.1.2 b): scale levels,
 * score formula (and matrix), rating bands (names and ranges) and acceptance threshold. Level
 * labels, descriptions and band colours are presentation and are not compared. Empty when the
 * two methods score alike.
 */
export function methodologyDifferences(a: Methodology, b: Methodology): string[] {
  const out: string[] = [];
  if (!sameLevels(a.likelihood, b.likelihood))
    out.push(`likelihood scale ${scaleText(a.likelihood)} vs ${scaleText(b.likelihood)}`);
  if (!sameLevels(a.impact, b.impact))
    out.push(`impact scale ${scaleText(a.impact)} vs ${scaleText(b.impact)}`);
  if (a.formula !== b.formula) out.push(`score formula ${a.formula} vs ${b.formula}`);
  else if (a.formula === 'matrix' && !sameMatrix(a, b)) out.push('score matrix values differ');
  if (!sameBands(a.bands, b.bands))
    out.push(`rating bands ${bandsText(a.bands)} vs ${bandsText(b.bands)}`);
  if (a.acceptanceThreshold !== b.acceptanceThreshold)
    out.push(`acceptance threshold ${a.acceptanceThreshold} vs ${b.acceptanceThreshold}`);
  return out;
}

/** True when two methods score every risk alike. */
export function sameMethodology(a: Methodology, b: Methodology): boolean {
  return methodologyDifferences(a, b).length === 0;
}
