/**
 * Loads one property (`values` or `formulas`) of several table ranges in blocks planned by
 * read-blocks.ts: one `context.sync()` per request, each under Excel on the web's 5 MB cap.
 */
import { groupRequests, planBlocks, type TableExtent } from './read-blocks';

export async function loadInBlocks(
  ctx: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  extents: readonly TableExtent[],
  property: 'values' | 'formulas',
): Promise<unknown[][][]> {
  const out: unknown[][][] = extents.map(() => []);
  for (const request of groupRequests(planBlocks(extents))) {
    const pending = request.map((b) => {
      const r = sheets[b.table].getRangeByIndexes(
        b.rowIndex,
        b.columnIndex,
        b.rowCount,
        b.columnCount,
      );
      r.load(property);
      return { b, r };
    });
    await ctx.sync();
    for (const { b, r } of pending) out[b.table].push(...(r[property] as unknown[][]));
  }
  return out;
}
