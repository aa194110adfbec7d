/**
 * One planned sheet with exceljs: view (frozen panes, grid lines), column widths, texts, tables,
 * validations, formats and print setup. Text roles get the house fonts.
 */
import type * as ExcelJS from 'exceljs';
import type { PlanText, SheetPlan } from '../../shared/workbook/plan';
import { addFormats, addValidations } from './write-formats';
import { font, HEADER_FILL, writeTable } from './write-table';

const NAVY = 'FF1F3864';
const PAPER = { A4: 9, A3: 8 } as const;

function writeText(ws: ExcelJS.Worksheet, t: PlanText): void {
  const cell = ws.getCell(t.row, t.col);
  cell.value = t.value;
  if (t.role === 'title') {
    cell.font = font({ bold: true, size: 16, color: { argb: NAVY } });
    ws.getRow(t.row).height = 26;
  } else if (t.role === 'note') cell.font = font({ italic: true, color: { argb: 'FF595959' } });
  else if (t.role === 'section') cell.font = font({ bold: true, size: 12, color: { argb: NAVY } });
  else if (t.role === 'header') {
    cell.font = font({ bold: true, color: { argb: 'FFFFFFFF' } });
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  } else {
    cell.alignment = { vertical: 'top', wrapText: true };
    if (t.role === 'label') cell.font = font({ bold: true });
  }
}

function view(plan: SheetPlan): Partial<ExcelJS.WorksheetView> {
  const { rows, cols } = plan.freeze;
  if (rows === 0 && cols === 0) return { state: 'normal', showGridLines: plan.gridLines };
  const topLeftCell = `${String.fromCharCode(65 + cols)}${rows + 1}`;
  return {
    state: 'frozen',
    xSplit: cols,
    ySplit: rows,
    topLeftCell,
    activeCell: topLeftCell,
    showGridLines: plan.gridLines,
  };
}

function pageSetup(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  ws.pageSetup = {
    paperSize: PAPER[plan.print.paper] as ExcelJS.PaperSize,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(plan.print.repeatHeader ? { printTitlesRow: '1:1' } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&L&A&RPage &P of &N' };
}

export function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.name, { views: [view(plan)] });
  const register = plan.kind === 'data';
  if (!register) {
    for (const w of plan.widths) {
      const column = ws.getColumn(w.col);
      column.width = w.width;
      if (w.col <= 3) column.alignment = { vertical: 'top', wrapText: w.wrap === true };
    }
  }
  for (const t of plan.texts) writeText(ws, t);
  for (const t of plan.tables) writeTable(ws, t, register);
  addValidations(ws, plan);
  addFormats(ws, plan);
  pageSetup(ws, plan);
  return ws;
}
