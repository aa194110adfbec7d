/**
 * Pure assembly of a `WorkbookSnapshot` from the tables Excel reported: each table's values are
 * placed at their address on their sheet, so the core sees the same sheet grid (origin A1) and
 * `TableRef`s that the xlsx reader produces for the same workbook.
 */
import type { Cell, SheetSnapshot, TableRef, WorkbookSnapshot } from '../../shared/grid';
import { parseRange } from '../../shared/grid';
import { officeValuesToRows } from './office-values';

/** One table as read through office-js: `Table.getRange()` address and values (header row included). */
export type TableValues = {
  readonly name: string;
  readonly sheet: string;
  /** `Range.address`, sheet-qualified (`Risks!A1:X20`, `'My sheet'!B3:D9`) or bare (`A1:X20`). */
  readonly address: string;
  readonly hasHeaderRow: boolean;
  readonly values: readonly (readonly unknown[])[];
  /** A1 addresses of formula cells, when the reader loaded them. */
  readonly formulas?: readonly string[];
  readonly hidden?: boolean;
};

/** The A1 part of a `Range.address` (`'My sheet'!B3:D9` → `B3:D9`). */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}

function headerNames(t: TableValues): string[] {
  if (!t.hasHeaderRow) return (t.values[0] ?? []).map((_, i) => `Column${i + 1}`);
  return (t.values[0] ?? []).map((v) => (v === null || v === undefined ? '' : String(v)));
}

function place(grid: Cell[][], t: TableValues, row0: number, col0: number): void {
  const rows = officeValuesToRows(t.values);
  rows.forEach((cells, r) => {
    const line = (grid[row0 + r] ??= []);
    cells.forEach((v, c) => {
      if (v !== null) line[col0 + c] = v;
    });
  });
}

/** Builds the snapshot; sheets appear in the order their first table was reported. */
export function snapshotFromTableValues(
  name: string,
  tables: readonly TableValues[],
): WorkbookSnapshot {
  const grids = new Map<string, { grid: Cell[][]; formulas: string[]; hidden: boolean }>();
  const refs: TableRef[] = [];
  for (const t of tables) {
    const ref = localAddress(t.address);
    const pos = parseRange(ref);
    if (!pos) continue;
    const sheet = grids.get(t.sheet) ?? { grid: [], formulas: [], hidden: Boolean(t.hidden) };
    grids.set(t.sheet, sheet);
    place(sheet.grid, t, pos.start.row - 1, pos.start.col - 1);
    sheet.formulas.push(...(t.formulas ?? []));
    refs.push({
      name: t.name,
      sheet: t.sheet,
      ref,
      hasHeaderRow: t.hasHeaderRow,
      columns: headerNames(t),
    });
  }
  const sheets: SheetSnapshot[] = [...grids].map(([sheetName, s]) => {
    const rows = Array.from(s.grid, (r) => Array.from(r ?? [], (v) => v ?? null));
    const sheet: SheetSnapshot = { name: sheetName, origin: { row: 1, col: 1 }, rows };
    return {
      ...sheet,
      ...(s.formulas.length ? { formulas: s.formulas } : {}),
      ...(s.hidden ? { hidden: true } : {}),
    };
  });
  return { name, sheets, tables: refs };
}
