/**
 * Whether a documented method can give "consistent, valid and comparable results"
 * (ISO/IEC 27001:2022 6.1.2 b): scales of 3–10 contiguous levels with labels, rating bands that
 * cover every score exactly once, an acceptance threshold (6.1.2 a) within the possible scores,
 * and for the matrix formula a full numeric matrix. Returns the problems as data; the rules
 * METH-INVALID and METH-BAND-COLOUR turn them into findings (a band colour is cosmetic: it does
 * not change any result, so it is not part of METH-INVALID).
 */
import type { Methodology, ScaleLevel } from '../model/types';
import { scoreRange } from './methodology';

/** One thing wrong with a method, as data (its sentence: validation/messages.ts METH.detail). */
export type MethodProblem =
  | { readonly kind: 'scaleSize'; readonly scale: string; readonly n: number }
  | {
      readonly kind: 'scaleLevels';
      readonly scale: string;
      readonly n: number;
      readonly found: readonly number[];
    }
  | { readonly kind: 'noLabel'; readonly scale: string; readonly level: number }
  | { readonly kind: 'noBands' }
  | { readonly kind: 'bandGap'; readonly from: number; readonly to: number }
  | { readonly kind: 'bandOverlap'; readonly a: string; readonly b: string; readonly score: number }
  | { readonly kind: 'bandBounds'; readonly name: string }
  | { readonly kind: 'bandName'; readonly position: number }
  | { readonly kind: 'threshold'; readonly t: number; readonly min: number; readonly max: number }
  | { readonly kind: 'noMatrix' }
  | {
      readonly kind: 'matrixShape';
      readonly rows: number;
      readonly cols: number;
      readonly l: number;
      readonly i: number;
    }
  | { readonly kind: 'matrixCell'; readonly l: number; readonly i: number };

/** A band whose colour is not `#RRGGBB` (the parser already read colour names and `#RGB`). */
export type ColourProblem = { readonly name: string; readonly colour: string };

const MIN_LEVELS = 3;
const MAX_LEVELS = 10;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;
/** Beyond this many integer scores, only the scores the method can produce are checked. */
const MAX_RANGE_WALK = 10_000;

function scaleProblems(scale: string, levels: readonly ScaleLevel[]): MethodProblem[] {
  const out: MethodProblem[] = [];
  const n = levels.length;
  if (n < MIN_LEVELS || n > MAX_LEVELS) out.push({ kind: 'scaleSize', scale, n });
  const found = levels.map((l) => l.level);
  const sorted = [...found].sort((a, b) => a - b);
  if (n > 0 && !sorted.every((v, i) => v === i + 1))
    out.push({ kind: 'scaleLevels', scale, n, found });
  for (const l of levels)
    if (l.label.trim() === '') out.push({ kind: 'noLabel', scale, level: l.level });
  return out;
}

function scalesUsable(m: Methodology): boolean {
  const ok = (ls: readonly ScaleLevel[]) =>
    ls.length > 0 &&
    [...ls]
      .map((l) => l.level)
      .sort((a, b) => a - b)
      .every((v, i) => v === i + 1);
  return ok(m.likelihood) && ok(m.impact);
}

function matrixProblems(m: Methodology): MethodProblem[] {
  if (m.formula !== 'matrix') return [];
  if (!m.matrix || m.matrix.length === 0) return [{ kind: 'noMatrix' }];
  const l = m.likelihood.length;
  const i = m.impact.length;
  const cols = Math.max(...m.matrix.map((r) => r.length));
  if (m.matrix.length !== l || m.matrix.some((r) => r.length !== i))
    return [{ kind: 'matrixShape', rows: m.matrix.length, cols, l, i }];
  const out: MethodProblem[] = [];
  m.matrix.forEach((row, li) =>
    row.forEach(
      (v, ii) => Number.isFinite(v) || out.push({ kind: 'matrixCell', l: li + 1, i: ii + 1 }),
    ),
  );
  return out;
}

/** Every score the method can produce, ascending. */
function achievable(m: Methodology): number[] {
  const set = new Set<number>();
  for (const l of m.likelihood) {
    for (const i of m.impact) {
      if (m.formula === 'matrix') set.add(m.matrix?.[l.level - 1]?.[i.level - 1] ?? Number.NaN);
      else set.add(m.formula === 'sum' ? l.level + i.level : l.level * i.level);
    }
  }
  return [...set].filter(Number.isFinite).sort((a, b) => a - b);
}

function scoresToCheck(m: Methodology, min: number, max: number): number[] {
  const scores = achievable(m);
  if (!Number.isInteger(min) || !Number.isInteger(max) || max - min > MAX_RANGE_WALK) return scores;
  const all = new Set(scores);
  for (let s = min; s <= max; s++) all.add(s);
  return [...all].sort((a, b) => a - b);
}

function bandProblems(m: Methodology, min: number, max: number): MethodProblem[] {
  const out: MethodProblem[] = [];
  let gapFrom: number | null = null;
  let gapTo = 0;
  const overlaps = new Set<string>();
  const flushGap = () => {
    if (gapFrom !== null) out.push({ kind: 'bandGap', from: gapFrom, to: gapTo });
    gapFrom = null;
  };
  for (const s of scoresToCheck(m, min, max)) {
    const covering = m.bands.filter((b) => s >= b.min && s <= b.max);
    if (covering.length === 0) {
      gapFrom ??= s;
      gapTo = s;
      continue;
    }
    flushGap();
    const key = covering.map((b) => b.name).join('|');
    if (covering.length > 1 && !overlaps.has(key)) {
      overlaps.add(key);
      out.push({ kind: 'bandOverlap', a: covering[0].name, b: covering[1].name, score: s });
    }
  }
  flushGap();
  return out;
}

function bandShapeProblems(m: Methodology): MethodProblem[] {
  if (m.bands.length === 0) return [{ kind: 'noBands' }];
  const out: MethodProblem[] = [];
  m.bands.forEach((b, i) => {
    if (b.name.trim() === '') out.push({ kind: 'bandName', position: i + 1 });
    if (!(b.min <= b.max)) out.push({ kind: 'bandBounds', name: b.name });
  });
  return out;
}

/**
 * Every METH-INVALID problem of a method, in a stable order.
 *
 * @example methodologyProblems(DEFAULT_METHODOLOGY) // []
 */
export function methodologyProblems(m: Methodology): MethodProblem[] {
  const out: MethodProblem[] = [
    ...scaleProblems('likelihood', m.likelihood),
    ...scaleProblems('impact', m.impact),
  ];
  const matrix = matrixProblems(m);
  out.push(...matrix, ...bandShapeProblems(m));
  if (!scalesUsable(m) || matrix.length > 0) return out;
  const { min, max } = scoreRange(m);
  if (m.bands.length > 0) out.push(...bandProblems(m, min, max));
  const t = m.acceptanceThreshold;
  if (!Number.isFinite(t) || t < min || t > max) out.push({ kind: 'threshold', t, min, max });
  return out;
}

/** Bands whose colour could not be read (METH-BAND-COLOUR, an observation). */
export function colourProblems(m: Methodology): ColourProblem[] {
  return m.bands
    .filter((b) => !COLOUR.test(b.color))
    .map((b) => ({ name: b.name, colour: b.color }));
}
