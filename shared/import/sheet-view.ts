/**
 * A read view over one SheetSnapshot in absolute (1-based Excel) coordinates, trimmed to the
 * cells that hold something: a sheet declaring `A1:XFC308` with two filled rows costs two rows.
 */
import type { Cell, SheetSnapshot } from '../grid/grid';
import { cellAddress, parseAddress, parseRange, type RangePos } from '../grid/address';
import { isBlank } from '../grid/cell';

export type SheetView = {
  readonly sheet: SheetSnapshot;
  readonly name: string;
  /** Bounds of the non-blank cells (absolute); `bottom < top` when the sheet is empty. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly merges: readonly RangePos[];
  /** Data-validation lists with their ranges parsed. */
  readonly validations: readonly ValidationRanges[];
  /** The lists whose ranges cross column `col`, with those ranges only (indexed once). */
  validationsAt(col: number): readonly ValidationRanges[];
  get(row: number, col: number): Cell;
  /** The value shown at a cell: merged cells read their top-left cell's value. */
  getMerged(row: number, col: number, vertical: boolean, horizontal: boolean): Cell;
  mergeAt(row: number, col: number): RangePos | undefined;
  isFormula(row: number, col: number): boolean;
  displayText(row: number, col: number): string | undefined;
};

export type ValidationRanges = {
  readonly ranges: readonly RangePos[];
  readonly values: readonly string[];
};

export function sheetView(sheet: SheetSnapshot): SheetView {
  const { row: r0, col: c0 } = sheet.origin;
  const rows = sheet.rows;
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  rows.forEach((r, i) => {
    let last = r.length - 1;
    while (last >= 0 && isBlank(r[last])) last--;
    if (last < 0) return;
    let first = 0;
    while (isBlank(r[first])) first++;
    top = Math.min(top, r0 + i);
    bottom = r0 + i;
    left = Math.min(left, c0 + first);
    right = Math.max(right, c0 + last);
  });
  if (top === Infinity) [top, bottom, left, right] = [1, 0, 1, 0];
  const merges = (sheet.merges ?? []).map(parseRange).filter((m): m is RangePos => m !== null);
  const mergeIndex = indexMerges(merges, bottom, right);
  const isFormula = formulaTest(sheet.formulas ?? []);
  // Bounded whatever the host sent: as many lists and ranges as the xlsx reader keeps.
  const validations = (sheet.validations ?? []).slice(0, 512).map((dv) => ({
    ranges: dv.sqref
      .split(/\s+/, 64)
      .map(parseRange)
      .filter((m): m is RangePos => m !== null),
    values: dv.values,
  }));
  let byColumn: Map<number, ValidationRanges[]> | null = null;
  const get = (row: number, col: number): Cell => rows[row - r0]?.[col - c0] ?? null;
  // Read on every cell of every row: no key string is built when there is nothing to look up.
  const noMerges = mergeIndex.size === 0;
  const display = sheet.display && hasKeys(sheet.display) ? sheet.display : undefined;
  return {
    sheet,
    name: sheet.name,
    top,
    left,
    bottom,
    right,
    merges,
    validations,
    validationsAt(col) {
      byColumn ??= indexValidations(validations, left, Math.min(right, left + 255));
      return byColumn.get(col) ?? [];
    },
    get,
    mergeAt: (row, col) => (noMerges ? undefined : mergeIndex.get(cellKey(row, col))),
    getMerged(row, col, vertical, horizontal) {
      if (noMerges) return get(row, col);
      const m = mergeIndex.get(cellKey(row, col));
      if (!m) return get(row, col);
      const spansRows = m.end.row > m.start.row;
      const spansCols = m.end.col > m.start.col;
      if ((spansRows && !vertical) || (spansCols && !horizontal)) {
        return m.start.row === row && m.start.col === col ? get(row, col) : null;
      }
      return get(m.start.row, m.start.col);
    },
    isFormula,
    displayText: (row, col) => (display ? display[cellAddress(row, col)] : undefined),
  };
}

/** Per used column, the lists crossing it (a range over 16,384 columns costs the used ones). */
function indexValidations(
  lists: readonly ValidationRanges[],
  left: number,
  right: number,
): Map<number, ValidationRanges[]> {
  const out = new Map<number, ValidationRanges[]>();
  for (const dv of lists) {
    const at = new Map<number, RangePos[]>();
    for (const r of dv.ranges)
      for (let c = Math.max(r.start.col, left); c <= Math.min(r.end.col, right); c++) {
        const got = at.get(c);
        if (got) got.push(r);
        else at.set(c, [r]);
      }
    for (const [c, ranges] of at) {
      const got = out.get(c);
      if (got) got.push({ ranges, values: dv.values });
      else out.set(c, [{ ranges, values: dv.values }]);
    }
  }
  return out;
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** A cell as one number (no string built per look-up); columns past COLS get a string key. */
const COLS = 2 ** 21;
function cellKey(row: number, col: number): number | string {
  return col >= 1 && col < COLS && Number.isInteger(col) ? row * COLS + col : `${row}:${col}`;
}

/**
 * `isFormula(row, col)`: is `cellAddress(row, col)` in the host's list. Plain addresses are
 * indexed by number (the test runs on every filled cell of every row); any other spelling in
 * the list is still compared by its text.
 */
function formulaTest(list: readonly string[]): (row: number, col: number) => boolean {
  if (list.length === 0) return () => false;
  const cells = new Set<number | string>();
  const others = new Set<string>();
  for (const a of list) {
    const p = parseAddress(a);
    if (p && cellAddress(p.row, p.col) === a) cells.add(cellKey(p.row, p.col));
    else others.add(a);
  }
  return (row, col) =>
    cells.has(cellKey(row, col)) || (others.size > 0 && others.has(cellAddress(row, col)));
}

/** Index of covered cells, clipped to the used bounds (a merge over a whole row stays cheap). */
function indexMerges(
  merges: readonly RangePos[],
  bottom: number,
  right: number,
): Map<number | string, RangePos> {
  const idx = new Map<number | string, RangePos>();
  for (const m of merges) {
    const lastRow = Math.min(m.end.row, bottom);
    const lastCol = Math.min(m.end.col, right);
    if ((lastRow - m.start.row + 1) * (lastCol - m.start.col + 1) > 200_000) continue;
    for (let r = m.start.row; r <= lastRow; r++) {
      for (let c = m.start.col; c <= lastCol; c++) idx.set(cellKey(r, c), m);
    }
  }
  return idx;
}

/** True when the row has no value other than formula results (a formula filled down past the data). */
export function isEmptyRow(v: SheetView, row: number): boolean {
  for (let c = v.left; c <= v.right; c++) {
    const x = v.get(row, c);
    if (!isBlank(x) && !v.isFormula(row, c)) return false;
  }
  return true;
}

/** Number of non-blank cells of a row within the used columns. */
export function filledCount(v: SheetView, row: number): number {
  let n = 0;
  for (let c = v.left; c <= v.right; c++) if (!isBlank(v.get(row, c))) n++;
  return n;
}
