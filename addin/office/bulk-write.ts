/**
 * Bulk writes: events off (so our own writes do not re-trigger live validation, ExcelApi 1.8) and
 * recalculation suspended until the sync (1.6); events come back on even when the write fails.
 */
import { ownWrites } from './own-writes';

export async function withBulkWrite(ctx: Excel.RequestContext, queue: () => void): Promise<void> {
  ownWrites.begin();
  ctx.runtime.enableEvents = false;
  ctx.application.suspendApiCalculationUntilNextSync();
  try {
    queue();
    await ctx.sync();
  } finally {
    ctx.runtime.enableEvents = true;
    await ctx.sync();
    ownWrites.end();
  }
}
