/**
 * Reads the active sheet for conversion: its used range (values only, in blocks under Excel on
 * the web's 5 MB request cap, with the display text of each block), its merged areas where the
 * host has them (ExcelApi 1.13; the importer reads merged headers better with them), its
 * data-validation lists where the host has them (ExcelApi 1.8: a column's vocabulary) and its
 * tables (so an already canonical sheet is recognised). Nothing is written.
 */
import type { WorkbookSnapshot } from '../../shared/grid';
import { activeSheetSnapshot } from './active-sheet-snapshot';
import { CELL_BUDGET, groupRequests, planBlocks } from './read-blocks';
import { readSheetLists } from './read-sheet-lists.office';

export type ReadActiveOptions = {
  readonly merges: boolean;
  /** Read the sheet's data-validation lists (ExcelApi 1.8; the importer's vocabulary evidence). */
  readonly lists?: boolean;
};

export async function readActiveSheet(
  ctx: Excel.RequestContext,
  opts: ReadActiveOptions,
): Promise<WorkbookSnapshot> {
  ctx.workbook.load('name');
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  ws.load('name,visibility');
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('isNullObject,rowIndex,columnIndex,rowCount,columnCount');
  const tables = ws.tables;
  tables.load('items/name,items/showHeaders');
  await ctx.sync();
  const base = {
    workbook: ctx.workbook.name || 'Workbook',
    sheet: ws.name,
    hidden: ws.visibility !== 'Visible',
  };
  if (used.isNullObject)
    return activeSheetSnapshot({ ...base, rowIndex: 0, columnIndex: 0, values: [] });
  const ranges = tables.items.map((t) => t.getRange());
  ranges.forEach((r) => r.load('address'));
  const merged = opts.merges ? used.getMergedAreasOrNullObject() : null;
  merged?.load('isNullObject,address');
  await ctx.sync();
  // Values and text together: half the cell budget per request.
  const budget = CELL_BUDGET / 2;
  const values: unknown[][] = [];
  const text: unknown[][] = [];
  for (const request of groupRequests(planBlocks([used], budget), budget)) {
    const pending = request.map((b) => {
      const r = ws.getRangeByIndexes(b.rowIndex, b.columnIndex, b.rowCount, b.columnCount);
      r.load('values,text');
      return r;
    });
    await ctx.sync();
    for (const r of pending) {
      values.push(...(r.values as unknown[][]));
      text.push(...(r.text as unknown[][]));
    }
  }
  const validations = opts.lists ? await readSheetLists(ctx, ws, used) : [];
  return activeSheetSnapshot({
    ...base,
    validations,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    values,
    text,
    ...(merged && !merged.isNullObject ? { merges: merged.address } : {}),
    tables: tables.items.map((t, i) => ({
      name: t.name,
      address: ranges[i].address,
      hasHeaderRow: t.showHeaders,
    })),
  });
}
