/**
 * The seam between hosts and the core. Every host (office-js in `addin/`, the xlsx reader in
 * `functions/`, the CLI, the browser mode) reads a workbook into a `WorkbookSnapshot` and stops
 * there; everything after that is shared code.
 */

/** One cell value as Excel's `Range.values` reports it: dates are serial numbers, errors are `#…` strings. */
export type Cell = string | number | boolean | null;

/** Rows of cells; rows may be ragged (missing trailing cells are blank). */
export type Grid = readonly (readonly Cell[])[];

/** An Excel Table (ListObject) as found in the workbook. */
export type TableRef = {
  readonly name: string;
  readonly sheet: string;
  /** A1 range of the whole table including the header row, e.g. `A1:X120`. */
  readonly ref: string;
  /** false when the table was saved with headerRowCount=0 (its first row is data). */
  readonly hasHeaderRow: boolean;
  /** Column names as stored in the table definition. */
  readonly columns: readonly string[];
};

export type SheetSnapshot = {
  readonly name: string;
  /** 1-based row and column of `rows[0][0]` in the worksheet. */
  readonly origin: { readonly row: number; readonly col: number };
  readonly rows: Grid;
  readonly hidden?: boolean;
  /** Merged ranges in A1 form (`B6:D7`); the value sits in the top-left cell only. */
  readonly merges?: readonly string[];
  /**
   * Text as Excel displays it, for numeric cells whose number format changes how they read
   * (`8.20` stored as 8.2 with format `0.00`). Keyed by A1 address. Optional: hosts that
   * cannot supply it leave it out and the core falls back to the value.
   */
  readonly display?: Readonly<Record<string, string>>;
  /** A1 addresses of cells whose value comes from a formula (used to spot formula-only rows). */
  readonly formulas?: readonly string[];
  /**
   * Data-validation lists (Excel's in-cell drop-downs): the ranges they cover (`sqref`, A1 ranges
   * separated by spaces) and the allowed values. Optional: the importer reads a column's
   * vocabulary from them when a host supplies them.
   */
  readonly validations?: readonly DataValidationList[];
};

export type DataValidationList = { readonly sqref: string; readonly values: readonly string[] };

export type WorkbookSnapshot = {
  /** The workbook's file name (or title), used in findings' `workbook` field. */
  readonly name: string;
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableRef[];
};
