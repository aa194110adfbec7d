/**
 * Bounds what reading a workbook's tables will cost by what its sheets hold, not by what the table
 * refs declare: a ref of A1:XFD1048576 over 40,000 one-cell rows once made the core allocate
 * 16,384 slots for every row (#11). A table costs its rows that hold a cell, times its width
 * clipped to the columns present; the sum over the workbook's tables must stay within
 * `maxTableCells`. Linear in the cells present (one pass per sheet, shared by its tables).
 */
import { parseRange, type SheetSnapshot, type WorkbookSnapshot } from '../shared';
import { readError } from './errors';
import { count, type ReadLimits } from './limits';

type SheetShape = {
  /** filled[k]: rows among the first k of the sheet that hold at least one non-null cell. */
  readonly filled: Int32Array;
  /** Last column holding a slot (origin.col + longest row − 1). */
  readonly lastCol: number;
};

function shapeOf(sheet: SheetSnapshot): SheetShape {
  const filled = new Int32Array(sheet.rows.length + 1);
  let longest = 0;
  sheet.rows.forEach((r, k) => {
    if (r.length > longest) longest = r.length;
    filled[k + 1] = filled[k] + (r.some((v) => v !== null) ? 1 : 0);
  });
  return { filled, lastCol: sheet.origin.col + longest - 1 };
}

/** Cells the table's records would fill: its non-empty rows × its width clipped to the sheet. */
export function tableCells(
  sheet: SheetSnapshot,
  shape: SheetShape,
  ref: string,
  columns: number,
): number {
  const range = parseRange(ref);
  if (!range) return 0;
  const { start, end } = range;
  const width = Math.min(end.col - start.col + 1, Math.max(columns, shape.lastCol - start.col + 1));
  const from = Math.max(0, start.row - sheet.origin.row);
  const to = Math.min(sheet.rows.length, end.row - sheet.origin.row + 1);
  const rows = to > from ? shape.filled[to] - shape.filled[from] : 0;
  return rows * Math.max(0, width);
}

/** Throws `too_large` naming the workbook, the table and the limit when the tables cost too much. */
export function checkTableCells(snapshot: WorkbookSnapshot, limits: ReadLimits): void {
  const shapes = new Map<SheetSnapshot, SheetShape>();
  let total = 0;
  for (const t of snapshot.tables) {
    const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
    if (!sheet) continue;
    let shape = shapes.get(sheet);
    if (!shape) shapes.set(sheet, (shape = shapeOf(sheet)));
    total += tableCells(sheet, shape, t.ref, t.columns.length);
    if (total > limits.maxTableCells) {
      throw readError(
        'too_large',
        snapshot.name,
        `its tables (up to "${t.name}", ref ${t.ref}) span more than ${count(limits.maxTableCells)} cells of the rows present`,
      );
    }
  }
}
