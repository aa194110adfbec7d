/**
 * One planned Excel Table (ListObject) in the house style: navy header (slate for calculated
 * columns), top-aligned data, wrapped prose, and on a register sheet the plan's column formats
 * (ISO dates, text ids) on whole columns, row heights for wrapped text and hairline row rules.
 */
import type * as ExcelJS from 'exceljs';
import { isPlanFormula, type TablePlan } from '../../shared/workbook/plan';

export const HEADER_FILL = 'FF1F3864';
export const FORMULA_HEADER_FILL = 'FF44546A';

/** A Calibri font (the workbook default; without a name some readers fall back to a serif). */
export function font(f: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: 'Calibri', size: 11, ...f };
}

/** exceljs takes `{ formula, result }` for a formula cell; plain values as they are. */
function cellValue(v: TablePlan['rows'][number][number]): ExcelJS.CellValue {
  return isPlanFormula(v) ? { formula: v.formula, result: v.result } : (v as ExcelJS.CellValue);
}

/** `register`: the table has the sheet to itself, so its formats go on whole sheet columns. */
export function writeTable(ws: ExcelJS.Worksheet, t: TablePlan, register: boolean): void {
  if (register) formatColumns(ws, t);
  ws.addTable({
    name: t.name,
    ref: t.ref.split(':')[0],
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: t.rows.map((r) => r.map(cellValue)),
  });
  styleHeader(ws, t, register);
  if (register) {
    fitRowHeights(ws, t);
    ruleRows(ws, t);
  } else centerCells(ws, t);
}

function formatColumns(ws: ExcelJS.Worksheet, t: TablePlan): void {
  t.columns.forEach((c, i) => {
    const column = ws.getColumn(t.left + i);
    column.width = c.width;
    column.alignment = c.center
      ? { vertical: 'top', horizontal: 'center' }
      : { vertical: 'top', wrapText: c.wrap };
    if (c.numberFormat) column.numFmt = c.numberFormat;
  });
}

/** Excel and LibreOffice do not grow rows for wrapped text on open: give such rows their height. */
function fitRowHeights(ws: ExcelJS.Worksheet, t: TablePlan): void {
  t.rows.forEach((cells, r) => {
    let lines = 1;
    t.columns.forEach((c, i) => {
      const v = cells[i];
      if (!c.wrap || typeof v !== 'string') return;
      const perLine = Math.max(1, Math.floor(c.width * 1.2));
      const n = v
        .split('\n')
        .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1) ws.getRow(t.top + 1 + r).height = Math.min(409, lines * 15 + 1);
  });
}

/** Hairline row separators, so the register reads well where table styles are not drawn (print, LibreOffice). */
function ruleRows(ws: ExcelJS.Worksheet, t: TablePlan): void {
  const line = { style: 'thin' as const, color: { argb: 'FFD9D9D9' } };
  for (let r = t.top + 1; r <= t.top + t.rows.length; r++) {
    for (let c = t.left; c < t.left + t.columns.length; c++)
      ws.getCell(r, c).border = { bottom: line };
  }
}

function centerCells(ws: ExcelJS.Worksheet, t: TablePlan): void {
  t.columns.forEach((c, i) => {
    if (!c.center) return;
    for (let r = t.top + 1; r <= t.top + t.rows.length; r++)
      ws.getCell(r, t.left + i).alignment = { vertical: 'top', horizontal: 'center' };
  });
}

function styleHeader(ws: ExcelJS.Worksheet, t: TablePlan, register: boolean): void {
  const row = ws.getRow(t.top);
  if (register) row.height = 30;
  t.columns.forEach((c, i) => {
    const cell = row.getCell(t.left + i);
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
