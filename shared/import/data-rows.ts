/**
 * The data rows under a header block: blank and formula-only rows skipped, category/section rows
 * set aside, vertically merged cells filled down, and a legend or notes block below the data
 * (after a gap) left out.
 */
import type { Cell } from '../grid/grid';
import { asText, isBlank } from '../grid/cell';
import { columnNumber } from '../grid/address';
import { isEmptyRow, type SheetView } from './sheet-view';
import { foldText } from './normalize-text';
import type { ColumnMapping, DroppedItem } from './types';

export type DataRow = {
  readonly row: number;
  /** Value of a field's column (merged cells filled down), null when unmapped or blank. */
  readonly field: (key: string) => Cell;
  /** Display text of a field's cell when the host supplied one (`8.20` for a stored 8.2). */
  readonly display: (key: string) => string | undefined;
};

export type DataRows = { readonly rows: DataRow[]; readonly dropped: DroppedItem[] };

export function readDataRows(
  v: SheetView,
  headerBottom: number,
  columns: readonly ColumnMapping[],
): DataRows {
  const colOf = new Map(columns.map((c) => [c.field, columnNumber(c.column)]));
  const mappedCols = [...new Set(colOf.values())];
  const rows: DataRow[] = [];
  const dropped: DroppedItem[] = [];
  const blocks = rowBlocks(v, headerBottom);
  const repeatsHeader = headerRowTest(v, columns);
  const filled = (r: number) =>
    mappedCols.filter((c) => !isBlank(v.getMerged(r, c, true, false))).length;
  for (const [i, block] of blocks.entries()) {
    if (i > 0 && rows.length > 0 && !continuesData(v, block, rows, colOf, mappedCols)) {
      const first = block[0];
      // A table stacked further down (its header repeated) is read on; else the rest is notes.
      const stacked = blocks.slice(i + 1).some((b) => b.some(repeatsHeader));
      const end = stacked ? block[block.length - 1] : v.bottom;
      dropped.push({
        sheet: v.name,
        rows: [first, end],
        cell: null,
        value: firstText(v, first),
        reason: `notes or legend below the data after a gap (rows ${first}–${end}), not data`,
      });
      if (stacked) continue;
      break;
    }
    for (const r of block) {
      if (repeatsHeader(r)) {
        dropped.push({
          sheet: v.name,
          rows: [r, r],
          cell: null,
          value: firstText(v, r),
          reason: 'the header repeated (tables stacked on one sheet), not a record',
        });
      } else if (isSectionRow(v, r, () => filled(r))) {
        dropped.push({
          sheet: v.name,
          rows: [r, r],
          cell: null,
          value: firstText(v, r),
          reason: 'section or category row (a heading inside the data, not a record)',
        });
      } else rows.push(makeRow(v, r, colOf));
    }
  }
  const placeholders = countPlaceholders(v, rows, mappedCols);
  if (placeholders.count > 0) {
    dropped.push({
      sheet: v.name,
      rows: null,
      cell: null,
      value: placeholders.example,
      reason: `${placeholders.count} template placeholder cell(s) read as blank`,
    });
  }
  const formulaRun = formulaOnlyRun(v, headerBottom);
  if (formulaRun) {
    dropped.push({
      sheet: v.name,
      rows: formulaRun,
      cell: null,
      value: null,
      reason: `rows holding only formula results (rows ${formulaRun[0]}–${formulaRun[1]}), treated as empty`,
    });
  }
  return { rows, dropped };
}

/** Runs of non-empty rows (formula-only rows count as empty) below the header. */
function rowBlocks(v: SheetView, headerBottom: number): number[][] {
  const blocks: number[][] = [];
  let cur: number[] = [];
  for (let r = headerBottom + 1; r <= v.bottom; r++) {
    if (isEmptyRow(v, r)) {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(r);
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/**
 * After a gap the data goes on only if some row of the next block fills the anchor column (the id
 * column, else the column filled on most data rows so far): a legend table below the data does not.
 */
function continuesData(
  v: SheetView,
  block: readonly number[],
  rows: readonly DataRow[],
  colOf: ReadonlyMap<string, number>,
  mappedCols: readonly number[],
): boolean {
  let anchor = colOf.get('id');
  if (anchor === undefined) {
    let best = -1;
    for (const c of mappedCols) {
      const n = rows.filter((d) => !isBlank(v.getMerged(d.row, c, true, false))).length;
      if (n > best) [best, anchor] = [n, c];
    }
  }
  if (anchor === undefined) return false;
  const a = anchor;
  return block.some(
    (r) => !isBlank(v.get(r, a)) && mappedCols.filter((c) => !isBlank(v.get(r, c))).length >= 2,
  );
}

function countPlaceholders(
  v: SheetView,
  rows: readonly DataRow[],
  cols: readonly number[],
): { count: number; example: string | null } {
  let count = 0;
  let example: string | null = null;
  for (const d of rows) {
    for (const c of cols) {
      const x = v.get(d.row, c);
      if (typeof x === 'string' && PLACEHOLDER.test(x)) {
        count++;
        example ??= x;
      }
    }
  }
  return { count, example };
}

function formulaOnlyRun(v: SheetView, headerBottom: number): [number, number] | null {
  let run: [number, number] | null = null;
  for (let r = headerBottom + 1; r <= v.bottom; r++) {
    if (isEmptyRow(v, r) && !isBlankRow(v, r)) run = run ? [run[0], r] : [r, r];
  }
  return run;
}

/** Template placeholders left in the cells (`[Check Yes/No]`, `<owner>`) read as blank. */
export const PLACEHOLDER = /^\s*(\[[^\]]*\]|<[^>]*>)\s*$/;

function makeRow(v: SheetView, r: number, colOf: ReadonlyMap<string, number>): DataRow {
  return {
    row: r,
    field: (key) => {
      const c = colOf.get(key);
      const x = c === undefined ? null : v.getMerged(r, c, true, false);
      return typeof x === 'string' && PLACEHOLDER.test(x) ? null : x;
    },
    display: (key) => {
      const c = colOf.get(key);
      return c === undefined ? undefined : v.displayText(r, c);
    },
  };
}

/**
 * Most mapped cells of the row read as their column's header: a stacked table's header row.
 * The headers are folded once, not once per row; a row stops being read as soon as too many of
 * its cells differ from their header for it to be one (the test runs on every data row).
 */
function headerRowTest(v: SheetView, columns: readonly ColumnMapping[]): (r: number) => boolean {
  const cols = columns.map((c) => ({
    col: columnNumber(c.column),
    heads: c.header === '' ? [] : c.header.split(' / ').map(foldText),
  }));
  return (r) => {
    let same = 0;
    let filled = 0;
    for (const c of cols) {
      const t = asText(v.get(r, c.col));
      if (t === null) continue;
      filled++;
      const f = c.heads.length === 0 ? '' : foldText(t);
      if (c.heads.some((h) => h === f || f.startsWith(`${h} `) || h.startsWith(`${f} `))) same++;
      // More than 40 % of all the columns differ: not a header row, whatever the rest holds.
      else if (5 * (filled - same) > 2 * cols.length) return false;
    }
    return filled >= 2 && same >= 0.6 * filled;
  };
}

function isBlankRow(v: SheetView, r: number): boolean {
  for (let c = v.left; c <= v.right; c++) if (!isBlank(v.get(r, c))) return false;
  return true;
}

/**
 * One text spread over the row by a horizontal merge, or a lone text with nothing else mapped.
 * Runs on every data row: a third filled cell settles it, and the rest is looked at only then.
 */
function isSectionRow(v: SheetView, r: number, filledMapped: () => number): boolean {
  let texts = 0;
  let wide = false;
  let last: Cell = null;
  for (let c = v.left; c <= v.right; c++) {
    const x = v.get(r, c);
    if (isBlank(x)) continue;
    if (++texts > 2) return false;
    last = x;
    const m = v.mergeAt(r, c);
    if (m && m.start.row === r && m.end.col - m.start.col >= 2 && m.end.row === m.start.row)
      wide = true;
  }
  if (texts === 0 || (!wide && texts > 1)) return false;
  const idOnly =
    typeof last === 'number' || /^\W*[A-Za-z]{0,8}[\s.]*\d+(\.\d+)+\s*$/.test(String(last));
  const n = filledMapped();
  return (texts === 1 && !idOnly && (wide || n <= 1)) || (wide && texts <= 2 && n <= 2);
}

function firstText(v: SheetView, r: number): string | null {
  for (let c = v.left; c <= v.right; c++) {
    const t = asText(v.get(r, c));
    if (t) return t.length > 80 ? `${t.slice(0, 77)}…` : t;
  }
  return null;
}
