/**
 * exceljs helpers for the report sheets. Values go in as plain strings and numbers only — no
 * formulas anywhere — so a user's text lands in the file as a string cell (t="s"), never as a
 * formula; text beginning with = + - @ is also neutralised by `cellText` (cell-text.ts).
 */
import type { Cell as XCell, Worksheet } from 'exceljs';
import { safeColor, textOn } from '../text';
import { cellText, cellValue } from '../cell-text';

export type XValue = string | number | null;

/** The value as written: null stays blank; strings are never parsed, formula-like text is neutralised. */
export function xv(v: string | number | boolean | null | undefined): XValue {
  return cellValue(v);
}

/**
 * Prints the sheet landscape on A4, fitted to one page wide (as many pages tall as needed:
 * fitToPage with fitToHeight 0), repeating `headerRow` on every page; `area` sets the print area.
 */
export function printSetup(ws: Worksheet, headerRow: number, area?: string): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(area ? { printArea: area } : {}),
  };
}

export function fillCell(cell: XCell, hex: string | null | undefined, text?: string): void {
  if (!hex) return;
  const fill = safeColor(hex);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill.slice(1)}` } };
  cell.font = {
    ...(cell.font ?? {}),
    color: { argb: `FF${safeColor(text ?? textOn(fill), '#1A1A1A').slice(1)}` },
  };
}

export type TableSpec = {
  readonly name: string;
  /** Top-left cell of the header row, e.g. `A5`. */
  readonly ref: string;
  readonly columns: readonly { readonly header: string; readonly width?: number }[];
  readonly rows: readonly (readonly XValue[])[];
};

/**
 * Adds a real Excel Table (ListObject) with a banded style and filter buttons. An empty table
 * gets one blank row, as Excel requires at least one data row.
 */
export function addTable(
  ws: Worksheet,
  spec: TableSpec,
): { firstRow: number; lastRow: number; firstCol: number } {
  const rows = spec.rows.length > 0 ? spec.rows : [spec.columns.map(() => null)];
  ws.addTable({
    name: spec.name,
    ref: spec.ref,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((r) => r.map((v) => (typeof v === 'string' ? cellText(v) : v))),
  });
  const top = ws.getCell(spec.ref);
  const firstCol = Number(top.col);
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(firstCol + i);
    if (c.width && (col.width ?? 0) < c.width) col.width = c.width;
  });
  const firstRow = Number(top.row) + 1;
  wrapRows(ws, rows, firstRow, firstCol);
  return { firstRow, lastRow: firstRow + rows.length - 1, firstCol };
}

/**
 * Wraps long text in its column and gives each row the height its longest cell needs (LibreOffice
 * and Excel keep a stored default height, so wrapped rows would otherwise overlap when printed).
 */
function wrapRows(
  ws: Worksheet,
  rows: readonly (readonly XValue[])[],
  firstRow: number,
  firstCol: number,
): void {
  const widths = (rows[0] ?? []).map((_, i) =>
    Math.max(4, (ws.getColumn(firstCol + i).width ?? 10) - 1),
  );
  rows.forEach((r, i) => {
    const lines = Math.max(
      1,
      ...r.map((v, c) => (typeof v === 'string' ? Math.ceil(v.length / widths[c]) : 1)),
    );
    if (lines === 1) return;
    const row = ws.getRow(firstRow + i);
    row.height = Math.min(15 * lines, 300);
    row.alignment = { vertical: 'top', wrapText: true };
  });
}

export function title(ws: Worksheet, ref: string, text: string, size = 14): void {
  const c = ws.getCell(ref);
  c.value = cellText(text);
  c.font = { bold: true, size, color: { argb: 'FF1F3864' } };
}

export function note(ws: Worksheet, ref: string, text: string): void {
  const c = ws.getCell(ref);
  c.value = cellText(text);
  c.font = { italic: true, color: { argb: 'FF5A6270' } };
}
