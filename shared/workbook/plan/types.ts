/**
 * The workbook plan: everything a new canonical workbook holds, as pure data, so the exceljs
 * writer (CLI template, importer) and the office-js writer (the pane's Set up) write the same
 * workbook. Hosts only add presentation a plan cannot carry portably (fonts, table-style fills).
 * Rows and columns are 1-based; references are A1 on the plan's own sheet; formulas are in
 * file-format long form (`tblRisks[[#This Row],[Likelihood]]`) without the leading `=`.
 */
import type { Cell } from '../../grid/grid';
import type { ColumnDef } from '../canonical';

/** A formula cell with the result the core computes (cached for readers that do not recalculate). */
export type PlanFormula = { readonly formula: string; readonly result: number | string };
export type PlanCell = Cell | PlanFormula;

export function isPlanFormula(v: PlanCell | undefined): v is PlanFormula {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

export type PlanColumn = ColumnDef & {
  readonly width: number;
  /** Calculated column: every row (and every row a user adds) holds this formula. */
  readonly calculated?: string;
  /** Cell number format of the data cells: `@` (text: ids stay `8.20`), an ISO date, or none. */
  readonly numberFormat: '@' | 'yyyy-mm-dd' | null;
  readonly center: boolean;
  /** Prose column: wrapped text. */
  readonly wrap: boolean;
};

export type TablePlan = {
  readonly name: string;
  /** Header cell of the first column. */
  readonly top: number;
  readonly left: number;
  /** `A1:X2`: header row plus the data rows. */
  readonly ref: string;
  readonly columns: readonly PlanColumn[];
  /** At least one row (Excel needs a data row); cells in column order. */
  readonly rows: readonly (readonly PlanCell[])[];
};

/** A list validation: fixed values, or a range (`'Methodology'!$A$11:$A$15`). */
export type ListValidation = {
  readonly ref: string;
  readonly values?: readonly string[];
  readonly range?: string;
  readonly allowBlank: boolean;
  readonly title: string;
  readonly error: string;
};

export type BandStyle = { readonly fill: string; readonly font: string };
/** `expression`: the formula (A1, no `=`) is true; `between`: the cell value is within min…max. */
export type FormatRule =
  | (BandStyle & { readonly type: 'expression'; readonly formula: string })
  | (BandStyle & { readonly type: 'between'; readonly min: number; readonly max: number });

export type ConditionalFormat = { readonly ref: string; readonly rules: readonly FormatRule[] };

/** Text outside tables: sheet titles, notes, section headings, the About sheet's rows. */
export type PlanText = {
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
  readonly role: 'title' | 'note' | 'section' | 'header' | 'label' | 'text';
};

/** A static fill on one cell (the Colour cells of tblRatings). */
export type PlanFill = { readonly ref: string } & BandStyle;

export type SheetPlan = {
  readonly name: string;
  readonly kind: 'about' | 'methodology' | 'data';
  /** Sheet column widths in characters, by 1-based column. */
  readonly widths: readonly {
    readonly col: number;
    readonly width: number;
    readonly wrap?: boolean;
  }[];
  readonly texts: readonly PlanText[];
  readonly tables: readonly TablePlan[];
  readonly validations: readonly ListValidation[];
  readonly formats: readonly ConditionalFormat[];
  readonly fills: readonly PlanFill[];
  /** Rows and columns frozen at the top left (0 = none). */
  readonly freeze: { readonly rows: number; readonly cols: number };
  readonly gridLines: boolean;
  /** Print: A3 for wide registers, header row repeated on each page. */
  readonly print: { readonly paper: 'A4' | 'A3'; readonly repeatHeader: boolean };
};

export type WorkbookPlan = { readonly sheets: readonly SheetPlan[] };
