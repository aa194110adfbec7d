/**
 * Live validation: `Table.onChanged` (ExcelApi 1.7) on each canonical table present, fed through
 * the debouncing, own-write-ignoring change handler.
 */
import { CANONICAL_TABLE_NAMES } from './read-workbook.office';
import { makeChangeHandler, type ChangeEvent, type Timers } from './change-handler';
import type { ExcelRun } from './run-excel';
import type { OwnWrites } from './own-writes';

type Subscription = OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>;
export type Unwatch = () => Promise<void>;
export type RunIn = (
  ctx: OfficeExtension.ClientRequestContext,
  batch: (ctx: Excel.RequestContext) => Promise<void>,
) => Promise<void>;

/** Subscribes `handle` to every canonical table in the workbook; returns the subscriptions. */
export async function subscribeTables(
  ctx: Excel.RequestContext,
  handle: (e: ChangeEvent) => void,
): Promise<Subscription[]> {
  const tables = ctx.workbook.tables;
  tables.load('items/name');
  await ctx.sync();
  const subs = tables.items
    .filter((t) => CANONICAL_TABLE_NAMES.includes(t.name))
    .map((t) =>
      t.onChanged.add(async (e) => {
        // triggerSource (ExcelApi 1.14) is on newer hosts' event args only; read it if present.
        const source = (e as unknown as { triggerSource?: unknown }).triggerSource;
        handle(typeof source === 'string' ? { triggerSource: source } : {});
      }),
    );
  await ctx.sync();
  return subs;
}

export type WatchOptions = {
  readonly debounceMs?: number;
  readonly own?: OwnWrites;
  readonly timers?: Timers;
  readonly runIn?: RunIn;
};

/** Starts watching; `onChange` runs once per burst of user edits. Call the result to stop. */
export function makeWatch(run: ExcelRun, opts: WatchOptions = {}) {
  return async (onChange: () => void): Promise<Unwatch> => {
    const handler = makeChangeHandler(onChange, opts);
    const subs = await run((ctx) => subscribeTables(ctx, handler.handle));
    const runIn: RunIn = opts.runIn ?? ((c, batch) => Excel.run(c, batch));
    return async () => {
      handler.cancel();
      for (const s of subs) {
        await runIn(s.context, async (ctx) => {
          s.remove();
          await ctx.sync();
        });
      }
    };
  };
}
