/**
 * Reads one canonical table out of a snapshot: by its Excel Table name first, else from the sheet
 * with the canonical name whose header row matches (CSV and other tools' exports keep the sheet
 * but lose the table). Blank rows, and rows holding only formula results, are skipped.
 */
import type { Cell, SheetSnapshot, TableRef, WorkbookSnapshot } from '../grid/grid';
import { columnLetter, parseRange } from '../grid/address';
import { isBlank } from '../grid/cell';
import { countMatches, matchHeaders, type ColumnSpec } from './header-match';

export type TableRecord = {
  /** 1-based Excel row. */
  readonly row: number;
  /** Values aligned with `TableData.headers`. */
  readonly values: readonly Cell[];
  /** Displayed text aligned with `values` where the host supplied it. */
  readonly display: readonly (string | undefined)[];
};

export type TableData = {
  readonly table: string;
  readonly sheet: string;
  /** Excel row of the header row; null for a table saved without one. */
  readonly headerRow: number | null;
  readonly headers: readonly string[];
  /** 1-based worksheet column of `headers[0]`. */
  readonly firstCol: number;
  /** Field key → index into `headers`. */
  readonly index: ReadonlyMap<string, number>;
  /** Field key → column letter, for `SourceRef.columns`. */
  readonly letters: Readonly<Record<string, string>>;
  readonly missing: readonly ColumnSpec[];
  readonly records: readonly TableRecord[];
};

export type TableQuery = {
  readonly table: string;
  readonly sheet: string;
  readonly columns: readonly ColumnSpec[];
  /** Which same-headed block to take when falling back to header search (tblImpact = 1). */
  readonly occurrence?: number;
  /** End the block at its first blank row (small tables laid out on one sheet). */
  readonly stopAtBlank?: boolean;
};

function cellAt(sheet: SheetSnapshot, row: number, col: number): Cell {
  return sheet.rows[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}

function lastRow(sheet: SheetSnapshot): number {
  return sheet.origin.row + sheet.rows.length - 1;
}

type Frame = {
  sheet: SheetSnapshot;
  headerRow: number | null;
  headers: string[];
  firstCol: number;
  first: number;
  last: number;
};

/** Last column of the sheet that holds a slot, computed once per sheet. */
const lastCols = new WeakMap<SheetSnapshot, number>();

function lastCol(sheet: SheetSnapshot): number {
  let col = lastCols.get(sheet);
  if (col === undefined) {
    let longest = 0;
    for (const r of sheet.rows) if (r.length > longest) longest = r.length;
    lastCols.set(sheet, (col = sheet.origin.col + longest - 1));
  }
  return col;
}

/**
 * The table's frame, its ref clipped to the cells present: a ref of A1:XFD1048576 over a few
 * cells spans only those (#11), while named columns past the last filled one are kept.
 */
function frameFromRef(snapshot: WorkbookSnapshot, t: TableRef): Frame | null {
  const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
  const range = parseRange(t.ref);
  if (!sheet || !range) return null;
  const { start, end } = range;
  const present = Math.max(t.columns.length, lastCol(sheet) - start.col + 1);
  const width = Math.max(1, Math.min(end.col - start.col + 1, present));
  const headers = Array.from(
    { length: width },
    (_, i) =>
      t.columns[i] ?? String(t.hasHeaderRow ? (cellAt(sheet, start.row, start.col + i) ?? '') : ''),
  );
  const headerRow = t.hasHeaderRow ? start.row : null;
  const first = t.hasHeaderRow ? start.row + 1 : start.row;
  return {
    sheet,
    headerRow,
    headers,
    firstCol: start.col,
    first,
    last: Math.min(end.row, lastRow(sheet)),
  };
}

/** Runs of non-blank header cells in one row: each a candidate table header. */
function headerBlocks(sheet: SheetSnapshot, row: number): { col: number; headers: string[] }[] {
  const cells = sheet.rows[row - sheet.origin.row] ?? [];
  const blocks: { col: number; headers: string[] }[] = [];
  let cur: { col: number; headers: string[] } | null = null;
  cells.forEach((v, i) => {
    if (isBlank(v)) return void (cur = null);
    if (!cur) blocks.push((cur = { col: sheet.origin.col + i, headers: [] }));
    cur.headers.push(String(v).trim());
  });
  return blocks;
}

const HEADER_SCAN_ROWS = 30;

function frameFromHeaders(snapshot: WorkbookSnapshot, q: TableQuery): Frame | null {
  const sheet = snapshot.sheets.find((s) => s.name.trim().toLowerCase() === q.sheet.toLowerCase());
  if (!sheet) return null;
  // A few canonical headers suffice: exports may drop columns, and only the canonical sheet is searched.
  const needed = Math.min(q.columns.length, 4, Math.max(2, Math.ceil(q.columns.length * 0.6)));
  let seen = 0;
  const top = Math.min(lastRow(sheet), sheet.origin.row + HEADER_SCAN_ROWS - 1);
  for (let r = sheet.origin.row; r <= top; r++) {
    for (const b of headerBlocks(sheet, r)) {
      if (countMatches(b.headers, q.columns) < needed) continue;
      if (seen++ < (q.occurrence ?? 0)) continue;
      return {
        sheet,
        headerRow: r,
        headers: b.headers,
        firstCol: b.col,
        first: r + 1,
        last: lastRow(sheet),
      };
    }
  }
  return null;
}

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
function readRecords(f: Frame, stopAtBlank: boolean): TableRecord[] {
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

/** The table, or null when the workbook has neither the named table nor a matching sheet. */
export function readTable(snapshot: WorkbookSnapshot, q: TableQuery): TableData | null {
  const ref = snapshot.tables.find((t) => t.name.toLowerCase() === q.table.toLowerCase());
  const frame = (ref && frameFromRef(snapshot, ref)) || frameFromHeaders(snapshot, q);
  if (!frame) return null;
  const { index, missing } = matchHeaders(frame.headers, q.columns);
  const letters: Record<string, string> = {};
  for (const [key, i] of index) letters[key] = columnLetter(frame.firstCol + i);
  return {
    table: q.table,
    sheet: frame.sheet.name,
    headerRow: frame.headerRow,
    headers: frame.headers,
    firstCol: frame.firstCol,
    index,
    letters,
    missing,
    records: readRecords(frame, q.stopAtBlank ?? false),
  };
}
