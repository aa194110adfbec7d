/**
 * An original sheet as it must be kept beside the converted tables: values at their own
 * addresses (from A1, so merges and references still point at the same cells), trimmed to the
 * cells that hold something, with the merges that fall inside.
 */
import type { Cell, Grid, SheetSnapshot } from '../grid/grid';
import { cellAddress } from '../grid/address';
import { sheetView } from './sheet-view';

export type KeptSheet = {
  readonly name: string;
  readonly rows: Grid;
  readonly merges: readonly string[];
};

export function originalSheetGrid(sheet: SheetSnapshot): { rows: Grid; merges: string[] } {
  const v = sheetView(sheet);
  if (v.bottom < v.top) return { rows: [], merges: [] };
  const rows: Cell[][] = [];
  for (let r = 1; r <= v.bottom; r++) {
    const row: Cell[] = [];
    for (let c = 1; c <= v.right; c++) row.push(r < v.top || c < v.left ? null : v.get(r, c));
    rows.push(row);
  }
  const merges = v.merges
    .filter((m) => m.start.row <= v.bottom && m.start.col <= v.right)
    .map(
      (m) =>
        `${cellAddress(m.start.row, m.start.col)}:${cellAddress(Math.min(m.end.row, v.bottom), Math.min(m.end.col, v.right))}`,
    )
    .filter((ref) => ref.split(':')[0] !== ref.split(':')[1]);
  return { rows, merges };
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
