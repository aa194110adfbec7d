/**
 * The per-request time budget of the worker pool, counted from when a worker starts the request,
 * not from when it was queued: a worker the budget (or a vanished client) has just terminated
 * takes a second or more to start again under tsx, and a budget that counted that wait made every
 * request behind the stopped one a 504 as well (found with REQUEST_TIME_BUDGET_MS=1500: "the
 * next requests" failed). The worker marks the start in a shared cell and wakes the main thread
 * (Atomics.notify, app-worker.ts), which then arms the budget's timer. Waiting itself is bounded
 * too (`maxWaitMs`), so nothing queues forever.
 */

export type RunBudget = {
  /** Aborts when the request has run `budgetMs` on a worker, or waited `maxWaitMs` for one. */
  readonly signal: AbortSignal;
  /** The shared cell the worker writes its start into (passed with the task). */
  readonly started: Int32Array;
  /** When the request was queued (Date.now(), the worker's clock too). */
  readonly queuedAt: number;
  /** True once the budget, not the client, ended the request. */
  expired(): boolean;
  /** Stops the timer (the request finished). */
  done(): void;
};

type WaitAsync = (
  cell: Int32Array,
  index: number,
  value: number,
) => { async: false; value: string } | { async: true; value: Promise<string> };

/** Atomics.waitAsync (ES2024; Node 16+), typed here since the lib is ES2022. */
const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;

export function startRunBudget(budgetMs: number, maxWaitMs: number): RunBudget {
  const controller = new AbortController();
  const started = new Int32Array(new SharedArrayBuffer(4));
  const queuedAt = Date.now();
  let expired = false;
  let finished = false;
  const stop = () => {
    if (finished) return;
    expired = true;
    controller.abort(new DOMException('The request ran past its time budget', 'TimeoutError'));
  };
  let timer = setTimeout(stop, maxWaitMs);
  const onStart = () => {
    if (finished) return;
    clearTimeout(timer);
    timer = setTimeout(stop, budgetMs);
  };
  // Woken by the worker's Atomics.notify the moment it starts the request.
  const wait = waitAsync(started, 0, 0);
  if (wait.async) void wait.value.then(onStart);
  else onStart();
  return {
    signal: controller.signal,
    started,
    queuedAt,
    expired: () => expired,
    done: () => {
      finished = true;
      clearTimeout(timer);
      // Wakes the pending waitAsync, so nothing is left waiting on a request that is over.
      Atomics.store(started, 0, -1);
      Atomics.notify(started, 0);
    },
  };
}

/** The worker's side: records how long the request waited (at least 1 ms: 0 means "not yet"). */
export function markStarted(started: Int32Array, queuedAt: number): void {
  Atomics.store(started, 0, Math.max(1, Date.now() - queuedAt));
  Atomics.notify(started, 0);
}
