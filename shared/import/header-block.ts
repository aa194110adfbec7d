/**
 * Finds the header block of a sheet: titles may sit above it, and headers may span two to four
 * rows (merged parents over children), read as `Parent / Child` labels.
 */
import { columnLetter } from '../grid/address';
import { asText } from '../grid/cell';
import { mapColumns, type ColumnMatch, type HeaderLabel } from './match-header';
import { filledCount, type SheetView } from './sheet-view';
import type { ImportKind } from './types';
import { TABLE_KINDS } from './kind-tables';

export type HeaderBlock = {
  readonly kind: Exclude<ImportKind, 'other'>;
  readonly top: number;
  readonly bottom: number;
  readonly labels: readonly HeaderLabel[];
  readonly match: ColumnMatch;
  readonly score: number;
};

/**
 * Header search is content-driven and bounded: it looks at up to SCAN_ROWS rows that could be a
 * header (two or more filled cells), skipping prose and blank rows, within the first HARD_SCAN
 * rows; and up to MAX_COLS columns from the first used one.
 */
const SCAN_ROWS = 40;
const HARD_SCAN = 5000;
const MAX_HEIGHT = 4;
export const MAX_COLS = 256;
const KINDS = TABLE_KINDS;

/**
 * Labels of rows `top..bottom`: each column's distinct texts top-down, merged cells read through.
 * A text merged across most of the width is a title, not a header, and is skipped.
 */
export function headerLabels(v: SheetView, top: number, bottom: number): HeaderLabel[] {
  const right = Math.min(v.right, v.left + MAX_COLS - 1);
  const width = right - v.left + 1;
  const out: HeaderLabel[] = [];
  for (let c = v.left; c <= right; c++) {
    const parts: string[] = [];
    const longer: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const m = v.mergeAt(r, c);
      if (m && width > 2 && m.end.col - m.start.col + 1 >= Math.max(3, width * 0.6)) continue;
      const value = v.getMerged(r, c, true, true);
      const cell = typeof value === 'string' ? headerText(value) : null;
      if (cell && parts[parts.length - 1] !== cell.title) {
        parts.push(cell.title);
        longer.push(cell.longer);
      }
    }
    const header = parts.join(' / ');
    // Each segment written over several lines is also read whole (the rest kept as titles).
    const alts = longer.flatMap((ls, i) =>
      ls.map((l) => parts.map((p, j) => (j === i ? l : p)).join(' / ')),
    );
    out.push({ column: columnLetter(c), header, ...(alts.length ? { alts } : {}) });
  }
  return out;
}

/**
 * One header cell as people write it: a title, maybe a line break and a hint in another language
 * or an instruction (`Risk ID\n(unikátní číslo)`), padding and non-breaking or zero-width spaces.
 * `title` is the first line, `longer` the readings with more lines; a slash inside one cell ("Treatment / Owner")
 * is not a parent/child split.
 */
export function headerText(raw: string): { title: string; longer: string[] } | null {
  const clean = raw.replace(/[\u200b-\u200d\ufeff]/g, '');
  const lines = clean
    .split(/\r?\n|\r/)
    .map((l) => asText(l)?.replace(/\s*\/\s*/g, '/') ?? '')
    .filter((l) => l !== '');
  if (lines.length === 0) return null;
  // The title may itself wrap over lines ("Nível do\nImpacto"): every longer reading is scored too.
  const longer = lines.slice(1).map((_, i) => lines.slice(0, i + 2).join(' '));
  return { title: lines[0], longer };
}

/** Best header block per kind among the first rows of the sheet (only kinds that matched). */
export function findHeaderBlocks(v: SheetView): HeaderBlock[] {
  const best = new Map<string, HeaderBlock>();
  const last = Math.min(v.bottom, v.top + HARD_SCAN);
  let candidates = 0;
  for (let top = v.top; top <= last && candidates < SCAN_ROWS; top++) {
    if (filledCount(v, top) < 2 && !v.mergeAt(top, v.left)) continue;
    candidates++;
    if (dataLikeRow(v, top)) continue;
    for (let h = 1; h <= MAX_HEIGHT && top + h - 1 <= v.bottom; h++) {
      if (h > 1 && (!headerLikeRow(v, top + h - 1) || dataLikeRow(v, top + h - 1))) break;
      const labels = headerLabels(v, top, top + h - 1);
      for (const kind of KINDS) {
        const match = mapColumns(labels, kind);
        const score = match.score - 0.3 * (h - 1);
        const prev = best.get(kind);
        if (hasAnchors(kind, match) && (!prev || score > prev.score + 1e-9)) {
          best.set(kind, { kind, top, bottom: top + h - 1, labels, match, score });
        }
      }
    }
  }
  return [...best.values()].map((b) => extendBlock(v, b)).sort((a, b) => b.score - a.score);
}

/**
 * Grows a header block downwards over rows that belong to it: cells merged vertically from the
 * header into them (`A1:A4`), or a row of short child labels under merged parents (C / I / A).
 */
function extendBlock(v: SheetView, b: HeaderBlock): HeaderBlock {
  const top = mergedFromAbove(v, b.top, b.bottom);
  let bottom = b.bottom;
  while (bottom - top < MAX_HEIGHT - 1 && bottom < v.bottom) {
    if (mergedDown(v, top, bottom) || childRow(v, top, bottom)) bottom++;
    else break;
  }
  if (bottom === b.bottom && top === b.top) return b;
  const labels = headerLabels(v, top, bottom);
  const match = mapColumns(labels, b.kind);
  return hasAnchors(b.kind, match) ? { ...b, top, bottom, labels, match, score: match.score } : b;
}

/** A header cell merged down from a row above (`A3:A4` when row 4 was found) starts the block there. */
function mergedFromAbove(v: SheetView, top: number, bottom: number): number {
  let start = top;
  for (let c = v.left; c <= Math.min(v.right, v.left + MAX_COLS - 1); c++) {
    const m = v.mergeAt(top, c);
    if (
      m &&
      m.start.row < start &&
      m.start.row >= bottom - (MAX_HEIGHT - 1) &&
      m.end.col - m.start.col < 3
    )
      start = m.start.row;
  }
  return start;
}

function mergedDown(v: SheetView, top: number, bottom: number): boolean {
  for (let c = v.left; c <= Math.min(v.right, v.left + MAX_COLS - 1); c++) {
    const m = v.mergeAt(bottom, c);
    if (m && m.start.row >= top && m.end.row > bottom && m.end.col - m.start.col < 3) return true;
  }
  return false;
}

function childRow(v: SheetView, top: number, bottom: number): boolean {
  const r = bottom + 1;
  let n = 0;
  for (let c = v.left; c <= Math.min(v.right, v.left + MAX_COLS - 1); c++) {
    const x = v.get(r, c);
    if (x === null || (typeof x === 'string' && x.trim() === '')) continue;
    if (typeof x !== 'string' || x.trim().length > 30) return false;
    let under = false;
    for (let k = top; k <= bottom && !under; k++) {
      const m = v.mergeAt(k, c);
      under = m !== undefined && m.end.col > m.start.col;
    }
    if (!under) return false;
    n++;
  }
  return n > 0;
}

/** A row holding an Annex A id or a clause number is a record, not a header. */
function dataLikeRow(v: SheetView, r: number): boolean {
  for (let c = v.left; c <= Math.min(v.right, v.left + MAX_COLS - 1); c++) {
    const x = v.get(r, c);
    // An id stored as a number (4.1, 8.12) or as text (A.5.1, 10.1.1).
    if (typeof x === 'number' && !Number.isInteger(x) && x >= 4 && x < 19) return true;
    if (typeof x === 'string' && /^\s*(A\s*\.?\s*)?\d{1,2}\.\d{1,2}(\.\d{1,2})?\s*$/i.test(x))
      return true;
  }
  return false;
}

/** A row that can continue a header: only short texts, no numbers (a data row has some). */
function headerLikeRow(v: SheetView, r: number): boolean {
  for (let c = v.left; c <= Math.min(v.right, v.left + MAX_COLS - 1); c++) {
    const x = v.get(r, c);
    if (typeof x === 'number' || typeof x === 'boolean') return false;
    if (typeof x === 'string' && x.length > 60) return false;
  }
  return true;
}

/** The fields without which a header cannot be of that kind. */
function hasAnchors(kind: Exclude<ImportKind, 'other'>, m: ColumnMatch): boolean {
  const f = new Set(m.columns.map((c) => c.field));
  const any = (...keys: string[]) => keys.filter((k) => f.has(k)).length;
  switch (kind) {
    case 'risks':
      return (
        any('likelihood', 'impact', 'residualLikelihood', 'inherentScore') >= 1 &&
        any(
          'id',
          'threat',
          'vulnerability',
          'description',
          'assetIds',
          'title',
          'treatment',
          'treatmentPlan',
          'owner',
          'existingControls',
          'controls',
        ) >= 2
      );
    case 'soa':
      return (
        any('applicable', 'justification', 'status', 'reasons') >= 1 && any('id', 'title') >= 1
      );
    case 'assets':
      return (
        any('name', 'id') >= 1 &&
        any(
          'type',
          'owner',
          'classification',
          'confidentiality',
          'integrity',
          'availability',
          'location',
        ) >= 1 &&
        f.size >= 3
      );
    case 'clauses':
      return f.has('id') && any('status', 'title', 'evidence', 'notes') >= 1;
    case 'findings':
      return (
        any('rootCause', 'correctiveAction', 'effectivenessVerified') >= 1 &&
        any('description', 'reference', 'type') >= 1 &&
        any('raised', 'closed', 'type', 'rootCause', 'effectivenessVerified', 'source') >= 1
      );
  }
}
