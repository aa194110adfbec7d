/**
 * Writes the heat maps to their own sheet, laid out by the core (shared/workbook/plan, the layout
 * the gap report's sheet uses too). The add-in rewrites that sheet only when it made it (its
 * title cell says so); a user's sheet of the same name is never replaced.
 */
import type { HeatMap } from '../../shared/model';
import { HEATMAP_SHEET, HEATMAP_TITLE, layoutHeatMaps } from '../../shared/workbook';
import { HostError } from '../host-error';
import { withBulkWrite } from './bulk-write';

export async function writeHeatMapSheet(
  ctx: Excel.RequestContext,
  maps: readonly HeatMap[],
  workbook: string,
  asOf: string,
): Promise<string> {
  const existing = ctx.workbook.worksheets.getItemOrNullObject(HEATMAP_SHEET);
  existing.load('isNullObject');
  await ctx.sync();
  if (!existing.isNullObject) {
    const title = existing.getRange('A1');
    title.load('values');
    await ctx.sync();
    if (title.values[0]?.[0] !== HEATMAP_TITLE) {
      throw new HostError(
        'name_taken',
        `A sheet named “${HEATMAP_SHEET}” exists and was not made by the add-in; rename it to export the heat maps.`,
      );
    }
  }
  const cells = layoutHeatMaps(maps, workbook, asOf);
  await withBulkWrite(ctx, () => {
    if (!existing.isNullObject) existing.delete();
    const ws = ctx.workbook.worksheets.add(HEATMAP_SHEET);
    for (const c of cells) {
      const r = ws.getCell(c.row - 1, c.col - 1);
      if (c.value !== null) r.values = [[c.value]];
      if (c.fill) r.format.fill.color = c.fill;
      if (c.bold) r.format.font.bold = true;
      if (c.role === 'count' || c.role === 'impact') r.format.horizontalAlignment = 'Center';
      if (c.role === 'likelihood') r.format.horizontalAlignment = 'Right';
    }
    ws.getRange('A:A').format.columnWidth = 150;
    ws.activate();
  });
  return HEATMAP_SHEET;
}
