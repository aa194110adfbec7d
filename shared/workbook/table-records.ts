/**
 * The records of a table frame: its rows that hold something, each costing only the cells it
 * has (#11: a ref of A1:XFD1048576 once cost 16,384 slots for every row). Display texts and
 * formula cells come from the sheet's `display` and `formulas`.
 */
import type { Cell } from '../grid/grid';
import { columnLetter } from '../grid/address';
import { isBlank } from '../grid/cell';
import type { Frame, TableRecord } from './table-rows';

/** Display texts of one sheet grouped by row (row → column letter → text), built once per table. */
function displayByRow(
  shown: Readonly<Record<string, string>>,
): Map<number, Record<string, string>> {
  const byRow = new Map<number, Record<string, string>>();
  for (const [address, text] of Object.entries(shown)) {
    const m = /^([A-Z]+)([1-9]\d*)$/.exec(address);
    if (!m) continue;
    const row = Number(m[2]);
    const cells = byRow.get(row) ?? {};
    if (cells[m[1]] === undefined) cells[m[1]] = text;
    byRow.set(row, cells);
  }
  return byRow;
}

/** Column numbers holding at least one formula (from `B7`-style addresses, letters only read). */
function formulaColumns(addresses: readonly string[]): Set<number> {
  const cols = new Set<number>();
  for (const a of addresses) {
    let col = 0;
    for (let k = 0; k < a.length; k++) {
      const c = a.charCodeAt(k);
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    cols.add(col);
  }
  return cols;
}

/**
 * "Is this cell a formula?" for the sheet's formula addresses. Only a column that holds formulas
 * needs the address set, which is built on first need (a register's id column never does).
 */
function formulaLookup(
  addresses: readonly string[],
): (col: number, letter: string, row: number) => boolean {
  if (addresses.length === 0) return () => false;
  const cols = formulaColumns(addresses);
  let set: Set<string> | null = null;
  return (col, letter, row) => cols.has(col) && (set ??= new Set(addresses)).has(`${letter}${row}`);
}

/**
 * The rows of the frame that hold something. Each row costs only the cells it has: a row missing
 * from the grid, or shorter than the frame, is not walked slot by slot (one cell at XFD1048576
 * once made this loop run 17 billion times, #11), and a record is allocated only when kept.
 */
export function readRecords(f: Frame, stopAtBlank: boolean): TableRecord[] {
  const isFormula = formulaLookup(f.sheet.formulas ?? []);
  const shown = f.sheet.display && displayByRow(f.sheet.display);
  const letters = f.headers.map((_, i) => columnLetter(f.firstCol + i));
  const width = letters.length;
  const offset = f.firstCol - f.sheet.origin.col;
  const records: TableRecord[] = [];
  for (let r = f.first; r <= f.last; r++) {
    const src = f.sheet.rows[r - f.sheet.origin.row];
    if (!hasValue(src, offset, width, (i) => isFormula(f.firstCol + i, letters[i], r))) {
      if (stopAtBlank && !hasAny(src, offset, width)) break;
      continue;
    }
    const values: Cell[] = new Array<Cell>(width);
    for (let i = 0; i < width; i++) values[i] = (offset + i >= 0 ? src[offset + i] : null) ?? null;
    const rowShown = shown?.get(r);
    const display = shown ? letters.map((l) => rowShown?.[l]) : [];
    records.push({ row: r, values, display });
  }
  return records;
}

/** The frame's part of a row: indexes `i` of the frame whose cell exists in `src`. */
function span(src: readonly Cell[], offset: number, width: number): [number, number] {
  return [Math.max(0, -offset), Math.min(width, src.length - offset)];
}

/** A non-blank cell that is not a formula result (a template row nobody filled in is blank). */
function hasValue(
  src: readonly Cell[] | undefined,
  offset: number,
  width: number,
  isFormula: (i: number) => boolean,
): src is readonly Cell[] {
  if (!src) return false;
  const [from, to] = span(src, offset, width);
  for (let i = from; i < to; i++) if (!isBlank(src[offset + i]) && !isFormula(i)) return true;
  return false;
}

/** Any non-blank cell, formula results included (what ends a `stopAtBlank` block). */
function hasAny(src: readonly Cell[] | undefined, offset: number, width: number): boolean {
  if (!src) return false;
  const [from, to] = span(src, offset, width);
  for (let i = from; i < to; i++) if (!isBlank(src[offset + i])) return true;
  return false;
}
