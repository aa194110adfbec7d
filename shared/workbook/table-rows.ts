/**
 * Reads one canonical table out of a snapshot: by its Excel Table name first, else from the sheet
 * with the canonical name whose header row matches (CSV and other tools' exports keep the sheet
 * but lose the table). Blank rows, and rows holding only formula results, are skipped.
 */
import type { Cell, SheetSnapshot, TableRef, WorkbookSnapshot } from '../grid/grid';
import { columnLetter, parseRange } from '../grid/address';
import { isBlank } from '../grid/cell';
import { countMatches, matchHeaders, type ColumnSpec } from './header-match';
import { readRecords } from './table-records';

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

export type Frame = {
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
