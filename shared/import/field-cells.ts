/**
 * The mapped fields' cells of a sheet, read by column number: each field's column is looked up
 * once per sheet (not once per row and field), merged cells are filled down, and a template
 * placeholder left in a cell (`[Check Yes/No]`, `<owner>`) reads as blank.
 */
import type { Cell } from '../grid/grid';
import { columnNumber } from '../grid/address';
import type { SheetView } from './sheet-view';
import type { ColumnMapping } from './types';

/** Template placeholders left in the cells (`[Check Yes/No]`, `<owner>`) read as blank. */
export const PLACEHOLDER = /^\s*(\[[^\]]*\]|<[^>]*>)\s*$/;

/** PLACEHOLDER's test, the regex run only on a text whose first non-space is `[` or `<`. */
export function isPlaceholder(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // `[` or `<`, or past ASCII (\s has Unicode spaces too): the regex decides.
    if (c === 91 || c === 60 || c >= 128) return PLACEHOLDER.test(s);
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return false;
}

export class FieldCells {
  readonly view: SheetView;
  /** Distinct mapped column numbers, in mapping order. */
  readonly mapped: readonly number[];
  private readonly colOf: ReadonlyMap<string, number>;

  constructor(v: SheetView, columns: readonly ColumnMapping[]) {
    this.view = v;
    this.colOf = new Map(columns.map((c) => [c.field, columnNumber(c.column)]));
    this.mapped = [...new Set(this.colOf.values())];
  }

  /** The field's column number, 0 when the field is not mapped. */
  column(key: string): number {
    return this.colOf.get(key) ?? 0;
  }

  /** Value at a field column (merged cells filled down); null for column 0 or a placeholder. */
  at(row: number, col: number): Cell {
    if (col === 0) return null;
    const x = this.view.getMerged(row, col, true, false);
    return typeof x === 'string' && isPlaceholder(x) ? null : x;
  }

  /** Display text of a field column's cell when the host supplied one. */
  displayAt(row: number, col: number): string | undefined {
    return col === 0 ? undefined : this.view.displayText(row, col);
  }
}

/** One data row: its number and its fields, read through the sheet's FieldCells. */
export class DataRow {
  readonly row: number;
  private readonly cells: FieldCells;

  constructor(row: number, cells: FieldCells) {
    this.row = row;
    this.cells = cells;
  }

  /** Value of a field's column (merged cells filled down), null when unmapped or blank. */
  field(key: string): Cell {
    return this.cells.at(this.row, this.cells.column(key));
  }

  /** Display text of a field's cell when the host supplied one (`8.20` for a stored 8.2). */
  display(key: string): string | undefined {
    return this.cells.displayAt(this.row, this.cells.column(key));
  }
}
