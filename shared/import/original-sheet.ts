/**
 * An original sheet as it must be kept beside the converted tables: values at their own
 * addresses (from A1, so merges and references still point at the same cells), trimmed to the
 * cells that hold something, with the merges that fall inside.
 */
import type { Cell, Grid, SheetSnapshot } from '../grid/grid';
import { cellAddress } from '../grid/address';
import { sheetView, type SheetView } from './sheet-view';

export type KeptSheet = {
  readonly name: string;
  readonly rows: Grid;
  readonly merges: readonly string[];
};

export function originalSheetGrid(sheet: SheetSnapshot): { rows: Grid; merges: string[] } {
  const v = sheetView(sheet);
  if (v.bottom < v.top) return { rows: [], merges: [] };
  const rows: Cell[][] = new Array<Cell[]>(v.bottom);
  for (let r = 1; r <= v.bottom; r++) rows[r - 1] = gridRow(sheet, v, r);
  const merges = v.merges
    .filter((m) => m.start.row <= v.bottom && m.start.col <= v.right)
    .map(
      (m) =>
        `${cellAddress(m.start.row, m.start.col)}:${cellAddress(Math.min(m.end.row, v.bottom), Math.min(m.end.col, v.right))}`,
    )
    .filter((ref) => ref.split(':')[0] !== ref.split(':')[1]);
  return { rows, merges };
}

/** Row `r` from column A to the last used column, read straight from the snapshot's row. */
function gridRow(sheet: SheetSnapshot, v: SheetView, r: number): Cell[] {
  const row = new Array<Cell>(v.right).fill(null);
  if (r < v.top) return row;
  const src = sheet.rows[r - sheet.origin.row];
  if (!src) return row;
  const c0 = sheet.origin.col;
  for (let c = Math.max(v.left, c0); c <= Math.min(v.right, c0 + src.length - 1); c++)
    row[c - 1] = src[c - c0] ?? null;
  return row;
}

/** `Original - SOA`, cut to Excel's 31 characters and made unique among `taken` (case-insensitive). */
export function keptSheetName(name: string, taken: Set<string>): string {
  const base = `Original - ${name.replace(/[[\]:*?/\\]/g, '_')}`;
  let candidate = base.slice(0, 31);
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Every sheet of the source, kept as it was (the import never loses a cell). */
export function keptSheets(
  sheets: readonly SheetSnapshot[],
  reserved: readonly string[],
): KeptSheet[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  return sheets.map((s) => ({ name: keptSheetName(s.name, taken), ...originalSheetGrid(s) }));
}
