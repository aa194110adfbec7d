/**
 * The per-request time budget of the worker pool, counted from when a worker starts the request,
 * not from when it was queued: a worker the budget (or a vanished client) has just terminated
 * takes a second or more to start again under tsx, and a budget that counted that wait made every
 * request behind the stopped one a 504 as well (found with REQUEST_TIME_BUDGET_MS=1500: "the
 * next requests" failed). The worker marks the start in a shared cell (app-worker.ts); the main
 * thread's timer looks at it when the budget is up and re-arms while the request is still waiting.
 * Waiting itself is bounded too (`maxWaitMs`), so nothing queues forever.
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

/** How often a waiting request looks whether its worker has started it. */
const WAIT_POLL_MS = 200;

export function startRunBudget(budgetMs: number, maxWaitMs: number): RunBudget {
  const controller = new AbortController();
  const started = new Int32Array(new SharedArrayBuffer(4));
  const queuedAt = Date.now();
  let timer: NodeJS.Timeout | undefined;
  let expired = false;
  const stop = () => {
    expired = true;
    controller.abort(new DOMException('The request ran past its time budget', 'TimeoutError'));
  };
  const check = () => {
    const waitedMs = Atomics.load(started, 0);
    const now = Date.now() - queuedAt;
    if (waitedMs === 0) {
      if (now >= maxWaitMs) return stop();
      timer = setTimeout(check, Math.min(WAIT_POLL_MS, maxWaitMs - now));
      return;
    }
    const left = waitedMs + budgetMs - now;
    if (left <= 0) return stop();
    timer = setTimeout(check, left);
  };
  timer = setTimeout(check, budgetMs);
  return {
    signal: controller.signal,
    started,
    queuedAt,
    expired: () => expired,
    done: () => clearTimeout(timer),
  };
}

/** The worker's side: records how long the request waited (at least 1 ms: 0 means "not yet"). */
export function markStarted(started: Int32Array, queuedAt: number): void {
  Atomics.store(started, 0, Math.max(1, Date.now() - queuedAt));
}
