/**
 * "Set up": adds the canonical sheets and tables to the open workbook (never touching the user's
 * sheets), with list validations, native calculated columns (live scoring without the add-in) and
 * conditional formats in the methodology's band colours.
 */
import type { Methodology } from '../../shared/model/types';
import type { SetupResult } from '../deps';
import { bandFormats } from '../../shared/workbook/formulas';
import { withBulkWrite } from './bulk-write';
import { planSetup, type SheetPlan, type TablePlan } from './setup-plan';

/** Points per character of column width (Calibri 11: about 7 px ≈ 5.25 pt per character + padding). */
const POINTS_PER_CHAR = 6;

function writeTable(ws: Excel.Worksheet, t: TablePlan, m: Methodology): void {
  const body = t.rows.map((r) => t.headers.map((_, i) => r[i] ?? ''));
  const range = ws.getRangeByIndexes(0, t.startCol - 1, body.length + 1, t.headers.length);
  range.values = [[...t.headers], ...body];
  const table = ws.tables.add(range, true);
  table.name = t.table;
  table.style = 'TableStyleMedium2';
  t.widths.forEach((w, i) => {
    ws.getRangeByIndexes(0, t.startCol - 1 + i, 1, 1).format.columnWidth = w * POINTS_PER_CHAR;
  });
  for (const [header, values] of Object.entries(t.lists)) {
    const column = table.columns.getItem(header).getDataBodyRange();
    column.dataValidation.rule = { list: { inCellDropDown: true, source: values.join(',') } };
  }
  for (const [header, formula] of Object.entries(t.formulas)) {
    // Setting the whole body to one formula makes it a calculated column: new rows inherit it.
    table.columns.getItem(header).getDataBodyRange().formulas = body.map(() => [formula]);
  }
  for (const col of t.bandColumns)
    addBandFormats(table.columns.getItem(col.header).getDataBodyRange(), col.by, m);
}

function addBandFormats(range: Excel.Range, by: 'rating' | 'score', m: Methodology): void {
  for (const b of bandFormats(m)) {
    const cf = range.conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = b.fill;
    cf.cellValue.format.font.color = b.font;
    cf.cellValue.rule =
      by === 'rating'
        ? { formula1: `="${b.band.replace(/"/g, '""')}"`, operator: 'EqualTo' }
        : { formula1: String(b.min), formula2: String(b.max), operator: 'Between' };
  }
}

function writeSheet(ctx: Excel.RequestContext, plan: SheetPlan, m: Methodology): void {
  const ws = ctx.workbook.worksheets.add(plan.sheet);
  for (const t of plan.tables) writeTable(ws, t, m);
  ws.freezePanes.freezeRows(1);
}

/** Creates what `planSetup` allows; returns what was created and what was skipped and why. */
export async function setupWorkbook(
  ctx: Excel.RequestContext,
  m: Methodology,
): Promise<SetupResult> {
  const sheets = ctx.workbook.worksheets;
  const tables = ctx.workbook.tables;
  sheets.load('items/name');
  tables.load('items/name');
  await ctx.sync();
  const plan = planSetup(
    { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) },
    m,
  );
  if (plan.create.length > 0) {
    await withBulkWrite(ctx, () => {
      for (const s of plan.create) writeSheet(ctx, s, m);
    });
  }
  return {
    created: plan.create.map((s) => s.sheet),
    skipped: plan.skipped,
    formulas: plan.formulas,
  };
}
