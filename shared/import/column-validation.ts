/** The data-validation list a column carries over its data rows (read from the sheet view). */
import type { SheetView } from './sheet-view';

/** The list over most of the column's rows `first..last` (a header cell's own list aside). */
export function validationOf(
  v: SheetView,
  col: number,
  first: number,
  last: number,
): readonly string[] | null {
  let best: { values: readonly string[]; rows: number } | null = null;
  for (const dv of v.validationsAt(col)) {
    let rows = 0;
    for (const r of dv.ranges)
      if (r.start.col <= col && r.end.col >= col)
        rows += Math.max(0, Math.min(r.end.row, last) - Math.max(r.start.row, first) + 1);
    if (rows > 0 && (!best || rows > best.rows)) best = { values: dv.values, rows };
  }
  return best?.values ?? null;
}
