/**
 * Bulk writes: events off (so our own writes do not re-trigger live validation, ExcelApi 1.8) and
 * recalculation suspended until the sync (1.6); events come back on even when the write fails.
 */
import { ownWrites } from './own-writes';

export async function withBulkWrite(ctx: Excel.RequestContext, queue: () => void): Promise<void> {
  await withBulkWrites(ctx, [queue]);
}

/**
 * Several requests in one bulk write: one `context.sync()` per batch, so each request stays under
 * Excel on the web's 5 MB cap; recalculation is suspended again before each sync.
 */
export async function withBulkWrites(
  ctx: Excel.RequestContext,
  batches: readonly (() => void)[],
): Promise<void> {
  ownWrites.begin();
  ctx.runtime.enableEvents = false;
  try {
    for (const queue of batches) {
      ctx.application.suspendApiCalculationUntilNextSync();
      queue();
      await ctx.sync();
    }
  } finally {
    ctx.runtime.enableEvents = true;
    await ctx.sync();
    ownWrites.end();
  }
}
