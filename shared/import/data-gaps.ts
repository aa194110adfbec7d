/**
 * What a gap between blocks of data rows means: the data goes on (the next block fills the anchor
 * column), a table stacked below starts (its header repeated further down), or the rest is a
 * legend or notes. Asked at every gap, so each answer builds on the last instead of re-reading
 * the rows above (a register with a blank row between records has a gap per record).
 */
import { isBlank } from '../grid/cell';
import type { DataRow, FieldCells } from './field-cells';
import type { SheetView } from './sheet-view';

/**
 * Whether some block from pair index `from` on holds a row repeating the header. Asked after
 * each gap with `from` growing: the blocks are searched forward once, not again at every gap.
 */
export function stackedTables(
  blocks: readonly number[],
  test: (r: number) => boolean,
): (from: number) => boolean {
  let hit = -1;
  let next = 0;
  return (from) => {
    if (hit >= from) return true;
    for (let i = Math.max(from, next); i < blocks.length; i += 2) {
      next = i + 2;
      for (let r = blocks[i]; r <= blocks[i + 1]; r++)
        if (test(r)) {
          hit = i;
          return true;
        }
    }
    next = blocks.length;
    return false;
  };
}

/**
 * The column a block after a gap must fill to continue the data: the id column, else the
 * mapped column filled on most data rows so far (first such; each row counted once, as read).
 */
export function anchorColumn(
  v: SheetView,
  cells: FieldCells,
  rows: readonly DataRow[],
): () => number | undefined {
  const id = cells.column('id');
  const counts = cells.mapped.map(() => 0);
  let counted = 0;
  return () => {
    if (id !== 0) return id;
    for (; counted < rows.length; counted++) {
      const r = rows[counted].row;
      cells.mapped.forEach((c, k) => {
        if (!isBlank(v.getMerged(r, c, true, false))) counts[k]++;
      });
    }
    let best = -1;
    let anchor: number | undefined;
    cells.mapped.forEach((c, k) => {
      if (counts[k] > best) [best, anchor] = [counts[k], c];
    });
    return anchor;
  };
}

/**
 * After a gap the data goes on only if some row of the next block fills the anchor column (the id
 * column, else the column filled on most data rows so far) and another mapped column: a legend
 * table below the data does not.
 */
export function continuesData(
  v: SheetView,
  first: number,
  last: number,
  anchor: number | undefined,
  cells: FieldCells,
): boolean {
  if (anchor === undefined) return false;
  for (let r = first; r <= last; r++) {
    if (isBlank(v.get(r, anchor))) continue;
    let n = 0;
    for (const c of cells.mapped) if (!isBlank(v.get(r, c))) n++;
    if (n >= 2) return true;
  }
  return false;
}
