/**
 * Pure live-change policy: ignore the add-in's own writes (by `triggerSource`, ExcelApi 1.14, or
 * the own-writes flag), and debounce a burst of edits (typing, paste, fill) into one re-check.
 */
import { ownWrites as defaultOwnWrites, type OwnWrites } from './own-writes';

export type ChangeEvent = { readonly triggerSource?: string };

export type Timers = {
  readonly set: (fn: () => void, ms: number) => unknown;
  readonly clear: (handle: unknown) => void;
};

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export type ChangeHandler = {
  readonly handle: (e: ChangeEvent) => void;
  readonly cancel: () => void;
};

export function makeChangeHandler(
  onChange: () => void,
  opts: { readonly debounceMs?: number; readonly own?: OwnWrites; readonly timers?: Timers } = {},
): ChangeHandler {
  const timers = opts.timers ?? realTimers;
  const own = opts.own ?? defaultOwnWrites;
  const ms = opts.debounceMs ?? 600;
  let pending: unknown = null;
  const cancel = () => {
    if (pending !== null) timers.clear(pending);
    pending = null;
  };
  const handle = (e: ChangeEvent) => {
    if (e.triggerSource === 'ThisLocalAddin' || own.isOwn()) return;
    cancel();
    pending = timers.set(() => {
      pending = null;
      onChange();
    }, ms);
  };
  return { handle, cancel };
}
