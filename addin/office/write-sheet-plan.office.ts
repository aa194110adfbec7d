/**
 * Executes one sheet of the workbook plan (shared/workbook/plan) with office-js, as the exceljs
 * writer does in the CLI: column widths, texts, tables (number formats before values, so ids such
 * as `4.1` stay text), calculated columns, list validations, band formats, fills, frozen panes.
 */
import {
  isPlanFormula,
  type FormatRule,
  type PlanCell,
  type SheetPlan,
  type TablePlan,
} from '../../shared/workbook';
import { toDisplayForm } from '../../shared/workbook';
import { cellInput } from './import-writes';

/** Points per character of column width (Calibri 11: about 7 px ≈ 5.25 pt per character + padding). */
export const POINTS_PER_CHAR = 6;
export const TABLE_STYLE = 'TableStyleLight9';
const BOLD_ROLES = new Set(['title', 'section', 'header', 'label']);

function writeTable(ws: Excel.Worksheet, t: TablePlan): void {
  const rows = t.rows.length;
  t.columns.forEach((c, i) => {
    if (!c.numberFormat) return;
    ws.getRangeByIndexes(t.top, t.left - 1 + i, rows, 1).numberFormat = t.rows.map(() => [
      c.numberFormat!,
    ]);
  });
  // Formula cells are written below, as the column's formula; Excel computes their values.
  const input = (v: PlanCell | undefined) => (isPlanFormula(v) ? '' : cellInput(v ?? null));
  const body = t.rows.map((r) => t.columns.map((_, i) => input(r[i])));
  const range = ws.getRangeByIndexes(t.top - 1, t.left - 1, rows + 1, t.columns.length);
  range.values = [t.columns.map((c) => c.header), ...body];
  const table = ws.tables.add(range, true);
  table.name = t.name;
  table.style = TABLE_STYLE;
  for (const c of t.columns) {
    if (!c.calculated) continue;
    // One formula on the whole body makes it a calculated column: new rows inherit it.
    const formula = `=${toDisplayForm(c.calculated)}`;
    table.columns.getItem(c.header).getDataBodyRange().formulas = t.rows.map(() => [formula]);
  }
}

function addRule(range: Excel.Range, r: FormatRule): void {
  if (r.type === 'expression') {
    const cf = range.conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=${r.formula}`;
    cf.custom.format.fill.color = r.fill;
    cf.custom.format.font.color = r.font;
    return;
  }
  const cf = range.conditionalFormats.add('CellValue');
  cf.cellValue.format.fill.color = r.fill;
  cf.cellValue.format.font.color = r.font;
  cf.cellValue.rule = { formula1: String(r.min), formula2: String(r.max), operator: 'Between' };
}

function addValidations(ws: Excel.Worksheet, plan: SheetPlan): void {
  for (const v of plan.validations) {
    const dv = ws.getRange(v.ref).dataValidation;
    const source = v.range ? `=${v.range}` : (v.values ?? []).join(',');
    dv.rule = { list: { inCellDropDown: true, source } };
    dv.ignoreBlanks = v.allowBlank;
    dv.errorAlert = { showAlert: true, style: 'Stop', title: v.title, message: v.error };
  }
}

export function writeSheetPlan(ctx: Excel.RequestContext, plan: SheetPlan): Excel.Worksheet {
  const ws = ctx.workbook.worksheets.add(plan.name);
  for (const w of plan.widths)
    ws.getRangeByIndexes(0, w.col - 1, 1, 1).format.columnWidth = w.width * POINTS_PER_CHAR;
  for (const t of plan.texts) {
    const cell = ws.getRangeByIndexes(t.row - 1, t.col - 1, 1, 1);
    cell.values = [[t.value]];
    if (BOLD_ROLES.has(t.role)) cell.format.font.bold = true;
  }
  for (const t of plan.tables) writeTable(ws, t);
  addValidations(ws, plan);
  for (const f of plan.formats) for (const r of f.rules) addRule(ws.getRange(f.ref), r);
  for (const f of plan.fills) {
    const cell = ws.getRange(f.ref);
    cell.format.fill.color = f.fill;
    cell.format.font.color = f.font;
  }
  const { rows, cols } = plan.freeze;
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  ws.showGridlines = plan.gridLines;
  return ws;
}
