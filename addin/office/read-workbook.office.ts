/**
 * Reads the open workbook's canonical tables through office-js: values only, every table in as
 * few requests as the 5 MB cap allows, then the same snapshot assembly as everywhere else.
 */
import type { ReadWorkbook } from '../../shared/grid';
import type { WorkbookSnapshot } from '../../shared/grid';
import { ALL_TABLES, MATRIX_TABLE_NAME } from '../../shared/workbook';
import { loadInBlocks } from './load-blocks.office';
import type { ExcelRun } from './run-excel';
import { snapshotFromTableValues, type TableValues } from './table-snapshot';

export const CANONICAL_TABLE_NAMES: readonly string[] = [
  ...ALL_TABLES.map((t) => t.table),
  MATRIX_TABLE_NAME,
];

/** Reads the values of the named tables (all canonical tables by default) in the open workbook. */
export async function readTableValues(
  ctx: Excel.RequestContext,
  wanted = CANONICAL_TABLE_NAMES,
): Promise<TableValues[]> {
  const collection = ctx.workbook.tables;
  collection.load('items/name,items/showHeaders');
  await ctx.sync();
  const found = collection.items.filter((t) => wanted.includes(t.name));
  const meta = found.map((table) => {
    const range = table.getRange();
    range.load('address,rowIndex,columnIndex,rowCount,columnCount');
    table.worksheet.load('name,visibility');
    return { table, range };
  });
  await ctx.sync();
  // One sync per request, not per table or row: a request is as large as the 5 MB cap allows.
  const values = await loadInBlocks(
    ctx,
    meta.map((m) => m.table.worksheet),
    meta.map((m) => m.range),
    'values',
  );
  return meta.map((m, i) => ({
    name: m.table.name,
    sheet: m.table.worksheet.name,
    address: m.range.address,
    hasHeaderRow: m.table.showHeaders,
    values: values[i],
    ...(m.table.worksheet.visibility !== 'Visible' ? { hidden: true } : {}),
  }));
}

/** Reads the workbook into a snapshot named after the file. */
export async function readWorkbookIn(
  ctx: Excel.RequestContext,
  sheets?: readonly string[],
): Promise<WorkbookSnapshot> {
  ctx.workbook.load('name');
  const tables = await readTableValues(ctx);
  const kept = sheets ? tables.filter((t) => sheets.includes(t.sheet)) : tables;
  return snapshotFromTableValues(ctx.workbook.name || 'Workbook', kept);
}

export function makeReadWorkbook(run: ExcelRun): ReadWorkbook {
  return (sheets) => run((ctx) => readWorkbookIn(ctx, sheets));
}
