/**
 * METH-INVALID: whether a documented method can give "consistent, valid and comparable results"
 * (ISO/IEC 27001:2022 6.1.2 b): scales of 3–10 contiguous levels with labels, rating bands that
 * cover every score exactly once with #RRGGBB colours, an acceptance threshold (6.1.2 a) within
 * the possible scores, and for the matrix formula a full numeric matrix.
 */
import type { Methodology, ScaleLevel } from '../model/types';
import type { Finding } from '../validation/finding';
import { makeFinding } from '../validation/make-finding';
import { METH } from '../validation/messages';
import { scoreRange } from './methodology';

const MIN_LEVELS = 3;
const MAX_LEVELS = 10;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;
/** Beyond this many integer scores, only the scores the method can produce are checked. */
const MAX_RANGE_WALK = 10_000;

function scaleProblems(scale: string, levels: readonly ScaleLevel[]): string[] {
  const out: string[] = [];
  const n = levels.length;
  if (n < MIN_LEVELS || n > MAX_LEVELS) out.push(METH.scaleSize(scale, n));
  const found = levels.map((l) => l.level);
  const sorted = [...found].sort((a, b) => a - b);
  if (n > 0 && !sorted.every((v, i) => v === i + 1)) out.push(METH.scaleLevels(scale, n, found));
  for (const l of levels) if (l.label.trim() === '') out.push(METH.noLabel(scale, l.level));
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

function matrixProblems(m: Methodology): string[] {
  if (m.formula !== 'matrix') return [];
  if (!m.matrix || m.matrix.length === 0) return [METH.noMatrix()];
  const l = m.likelihood.length;
  const i = m.impact.length;
  const cols = Math.max(...m.matrix.map((r) => r.length));
  if (m.matrix.length !== l || m.matrix.some((r) => r.length !== i))
    return [METH.matrixShape(m.matrix.length, cols, l, i)];
  const out: string[] = [];
  m.matrix.forEach((row, li) =>
    row.forEach((v, ii) => Number.isFinite(v) || out.push(METH.matrixCell(li + 1, ii + 1))),
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

function bandProblems(m: Methodology, min: number, max: number): string[] {
  const out: string[] = [];
  let gapFrom: number | null = null;
  let gapTo = 0;
  const overlaps = new Set<string>();
  const flushGap = () => {
    if (gapFrom !== null) out.push(METH.bandGap(gapFrom, gapTo));
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
      out.push(METH.bandOverlap(covering[0].name, covering[1].name, s));
    }
  }
  flushGap();
  return out;
}

function bandShapeProblems(m: Methodology): string[] {
  if (m.bands.length === 0) return [METH.noBands()];
  const out: string[] = [];
  m.bands.forEach((b, i) => {
    if (b.name.trim() === '') out.push(METH.bandName(i + 1));
    if (!(b.min <= b.max)) out.push(METH.bandBounds(b.name));
    if (!COLOUR.test(b.color)) out.push(METH.bandColour(b.name, b.color));
  });
  return out;
}

function problems(m: Methodology): string[] {
  const out = [...scaleProblems('likelihood', m.likelihood), ...scaleProblems('impact', m.impact)];
  const matrix = matrixProblems(m);
  out.push(...matrix, ...bandShapeProblems(m));
  if (!scalesUsable(m) || matrix.length > 0) return out;
  const { min, max } = scoreRange(m);
  if (m.bands.length > 0) out.push(...bandProblems(m, min, max));
  const t = m.acceptanceThreshold;
  if (!Number.isFinite(t) || t < min || t > max) out.push(METH.threshold(t, min, max));
  return out;
}

/**
 * All METH-INVALID findings for a method, located on its sheet (table-level: no cell).
 *
 * @example validateMethodology(DEFAULT_METHODOLOGY, { workbook: 'r.xlsx', sheet: 'Methodology' }) // []
 */
export function validateMethodology(
  m: Methodology,
  where: { workbook: string; sheet: string | null },
): Finding[] {
  return problems(m).map((detail) =>
    makeFinding(
      'METH-INVALID',
      { workbook: where.workbook, sheet: where.sheet, cell: null, row: null },
      METH.invalid(detail),
    ),
  );
}
