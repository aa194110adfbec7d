/**
 * Collects a sheet's non-empty cells into a `Grid` cropped to their bounding box, so a sheet whose
 * declared range or validations run to row 1,048,576 costs only its real cells.
 */
import { cellAddress, type Cell } from '../../shared';
import type { BudgetKind } from '../budget';

export type GridBudget = {
  /** Cells (`<c>` elements, empty ones too) still allowed in this workbook; charged by the scanner. */
  cellsLeft: number;
  /** `<row>` elements still allowed in this workbook (unlimited when absent). */
  rowsLeft?: number;
  /** Grid slots (cells including blanks inside rows) still allowed: guards sparse, wide sheets. */
  slotsLeft: number;
  /** Characters of cell text still allowed in this workbook (unlimited when absent). */
  textLeft?: number;
  /** Cells over LONG_CELL_CHARS characters still allowed in this workbook (unlimited when absent). */
  longLeft?: number;
};

export type GridBuilder = {
  put(row: number, col: number, value: Cell): void;
  /** True when (row, col) lies inside the bounding box of the cells put so far. */
  inside(row: number, col: number): boolean;
  build(): { origin: { row: number; col: number }; rows: (readonly Cell[])[] };
  /** Cells written twice (two `<c>` of one address): the later value was kept. */
  duplicates(): CellTally | null;
};

/** How many cells had a problem, and the first of them (A1 and its row). */
export type CellTally = { count: number; first: string; row: number };

const EMPTY_ROW: readonly Cell[] = Object.freeze([]);

export function gridBuilder(
  budget: GridBudget,
  overBudget: (kind: BudgetKind) => never,
): GridBuilder {
  const byRow = new Map<number, Cell[]>();
  let minRow = Infinity;
  let maxRow = 0;
  let minCol = Infinity;
  let maxCol = 0;
  let lastRow = 0;
  let current: Cell[] = [];
  let dupCount = 0;
  let dupAt = [0, 0];
  return {
    duplicates() {
      if (dupCount === 0) return null;
      return { count: dupCount, first: cellAddress(dupAt[0], dupAt[1]), row: dupAt[0] };
    },
    put(row, col, value) {
      if (row !== lastRow) {
        current = byRow.get(row) ?? [];
        if (current.length === 0) byRow.set(row, current);
        lastRow = row;
      }
      const grow = col - current.length;
      if (grow > 0) {
        budget.slotsLeft -= grow;
        if (budget.slotsLeft < 0) overBudget('slots');
        for (let k = current.length; k < col - 1; k++) current.push(null);
        current.push(value);
      } else {
        // Excel never writes one address twice; the later value wins, and is reported (#11).
        if (current[col - 1] !== null && dupCount++ === 0) dupAt = [row, col];
        current[col - 1] = value;
      }
      if (row < minRow) minRow = row;
      if (row > maxRow) maxRow = row;
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
    },
    inside(row, col) {
      return row >= minRow && row <= maxRow && col >= minCol && col <= maxCol;
    },
    build() {
      if (maxRow === 0) return { origin: { row: 1, col: 1 }, rows: [] };
      const rows: (readonly Cell[])[] = [];
      for (let r = minRow; r <= maxRow; r++) {
        const cells = byRow.get(r);
        rows.push(!cells ? EMPTY_ROW : minCol === 1 ? cells : cells.slice(minCol - 1));
      }
      return { origin: { row: minRow, col: minCol }, rows };
    },
  };
}
