/**
 * One Excel Table (ListObject) with the house style: navy header (slate for calculated columns),
 * top-aligned data, wrapped long text, ISO dates, text-formatted id columns, and list validations
 * on the table's rows plus some spare rows below it (never whole columns: readers that expand
 * validations cell by cell would spin on a million rows).
 */
import type * as ExcelJS from 'exceljs';
import { cellAddress, columnLetter } from '../../shared/grid/address';
import { LISTS, type ColumnDef } from '../../shared/workbook/canonical';
import type { TableCell } from './write-rows';

/** Rows below a table that still carry its validations and formats, for the next entries. */
export const SPARE_ROWS = 200;

export const HEADER_FILL = 'FF1F3864';
export const FORMULA_HEADER_FILL = 'FF44546A';
export const DATE_FORMAT = 'yyyy-mm-dd';
/** Columns at least this wide hold prose: wrapped text. */
const WRAP_WIDTH = 28;

/** Columns whose values are ids or references: text format, so `8.20` stays `8.20`. */
const TEXT_HEADERS = new Set([
  'Asset IDs',
  'Annex A Controls',
  'Clause or Control',
  'Linked Risks',
]);

/** A Calibri font (the workbook default; without a name some readers fall back to a serif). */
export function font(f: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: 'Calibri', size: 11, ...f };
}

export type TableSpec = {
  readonly name: string;
  readonly columns: readonly ColumnDef[];
  /** At least one row (Excel needs a data row); cells in column order. */
  readonly rows: readonly (readonly TableCell[])[];
  /** 1-based row and column of the header's first cell. */
  readonly top: number;
  readonly left: number;
  /** Format whole sheet columns (widths, number formats): true when the table has the sheet alone. */
  readonly ownsColumns: boolean;
  /** Headers whose data cells are centred (levels, scores, ratings). */
  readonly center?: ReadonlySet<string>;
  /** Extra list validations by header: a formula such as `Methodology!$A$11:$A$15`. */
  readonly lists?: Readonly<Record<string, string>>;
};

export type WrittenTable = {
  readonly firstRow: number;
  readonly lastRow: number;
  /** Last row that carries validations and formats (lastRow + SPARE_ROWS when spare rows apply). */
  readonly spareRow: number;
  readonly col: (header: string) => number;
};

export function writeTable(ws: ExcelJS.Worksheet, spec: TableSpec): WrittenTable {
  if (spec.rows.length === 0) throw new Error(`table ${spec.name} needs at least one data row`);
  if (spec.ownsColumns) formatColumns(ws, spec);
  ws.addTable({
    name: spec.name,
    ref: cellAddress(spec.top, spec.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: spec.rows.map((r) => [...r]),
  });
  styleHeader(ws, spec);
  const firstRow = spec.top + 1;
  const lastRow = spec.top + spec.rows.length;
  const spareRow = spec.ownsColumns ? lastRow + SPARE_ROWS : lastRow;
  const col = (header: string) => {
    const i = spec.columns.findIndex((c) => c.header === header);
    if (i < 0) throw new Error(`table ${spec.name} has no column ${header}`);
    return spec.left + i;
  };
  addValidations(ws, spec, firstRow, spareRow);
  if (spec.ownsColumns) {
    fitRowHeights(ws, spec, firstRow);
    ruleRows(ws, spec, firstRow, lastRow);
  } else centerCells(ws, spec, firstRow, lastRow);
  return { firstRow, lastRow, spareRow, col };
}

function formatColumns(ws: ExcelJS.Worksheet, spec: TableSpec): void {
  spec.columns.forEach((c, i) => {
    const column = ws.getColumn(spec.left + i);
    column.width = c.width ?? 14;
    const wrap = (c.width ?? 0) >= WRAP_WIDTH;
    column.alignment = spec.center?.has(c.header)
      ? { vertical: 'top', horizontal: 'center' }
      : { vertical: 'top', wrapText: wrap };
    if (c.kind === 'date') column.numFmt = DATE_FORMAT;
    else if (i === 0 || TEXT_HEADERS.has(c.header)) column.numFmt = '@';
  });
}

/** Excel and LibreOffice do not grow rows for wrapped text on open: give such rows their height. */
function fitRowHeights(ws: ExcelJS.Worksheet, spec: TableSpec, firstRow: number): void {
  spec.rows.forEach((cells, r) => {
    let lines = 1;
    spec.columns.forEach((c, i) => {
      const v = cells[i];
      if ((c.width ?? 0) < WRAP_WIDTH || typeof v !== 'string') return;
      const perLine = Math.max(1, Math.floor((c.width ?? 0) * 1.2));
      const n = v
        .split('\n')
        .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1) ws.getRow(firstRow + r).height = Math.min(409, lines * 15 + 1);
  });
}

/** Hairline row separators, so the register reads well where table styles are not drawn (print, LibreOffice). */
function ruleRows(ws: ExcelJS.Worksheet, spec: TableSpec, first: number, last: number): void {
  const line = { style: 'thin' as const, color: { argb: 'FFD9D9D9' } };
  for (let r = first; r <= last; r++) {
    for (let c = spec.left; c < spec.left + spec.columns.length; c++)
      ws.getCell(r, c).border = { bottom: line };
  }
}

function centerCells(ws: ExcelJS.Worksheet, spec: TableSpec, first: number, last: number): void {
  spec.columns.forEach((c, i) => {
    if (!spec.center?.has(c.header)) return;
    for (let r = first; r <= last; r++)
      ws.getCell(r, spec.left + i).alignment = { vertical: 'top', horizontal: 'center' };
  });
}

function styleHeader(ws: ExcelJS.Worksheet, spec: TableSpec): void {
  const row = ws.getRow(spec.top);
  if (spec.ownsColumns) row.height = 30;
  spec.columns.forEach((c, i) => {
    const cell = row.getCell(spec.left + i);
    cell.font = font({ bold: true, color: { argb: 'FFFFFFFF' } });
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: c.formula ? FORMULA_HEADER_FILL : HEADER_FILL },
    };
    cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
    cell.numFmt = 'General';
  });
}

/** exceljs has `Worksheet.dataValidations.add(range, …)` (one rule per range) but does not type it. */
type WithValidations = { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };

export function addValidation(
  ws: ExcelJS.Worksheet,
  range: string,
  v: ExcelJS.DataValidation,
): void {
  (ws as unknown as WithValidations).dataValidations.add(range, v);
}

function addValidations(ws: ExcelJS.Worksheet, spec: TableSpec, first: number, last: number): void {
  spec.columns.forEach((c, i) => {
    const extra = spec.lists?.[c.header];
    const values = c.list ? LISTS[c.list] : null;
    if (!extra && !values) return;
    const letter = columnLetter(spec.left + i);
    const shown = values ? values.join(', ') : 'a level of the scale on the Methodology sheet';
    addValidation(ws, `${letter}${first}:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [extra ?? `"${(values ?? []).join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: c.header,
      error: `${c.header} must be one of: ${shown}.`,
    });
  });
}
