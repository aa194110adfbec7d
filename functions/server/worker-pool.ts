/**
 * The local server's worker pool (piscina): workbook requests run on worker threads sized to the
 * cores, so /api/health and small requests stay responsive under any upload and throughput grows
 * with cores. Two lanes: bodies over `largeBodyBytes` go to the large lane (cores − 1 workers),
 * the rest to the small lane (one worker per core), so big uploads never queue a small request
 * behind them nor take every core. Each request has a time budget;
 * when it runs out (or the client goes away) the task is aborted, which terminates its worker —
 * real cancellation, the CPU is freed. Each worker's heap is capped, so a hostile upload that
 * still explodes ends that worker with a 413, not the server.
 */
import { availableParallelism } from 'node:os';
import type { Limits } from '../http/limits';
import { fromOffloadReply, type Offload, type OffloadTask } from '../http/offload';
import { createLane, type Lane, type LaneSpec } from './pool-lane';
import { poolFailure } from './pool-failure';
import { startRunBudget } from './run-budget';

export type PoolOptions = {
  /** Workers of the small lane (default: the number of cores). */
  readonly threads?: number;
  /** Workers of the large lane (default: one fewer than `threads`, at least 1), so big uploads
   * never take every core from the small requests. */
  readonly largeThreads?: number;
  /** Wall-clock budget of one request, from when a worker starts it (default 30 s; run-budget.ts). */
  readonly timeBudgetMs?: number;
  /** Bodies above this go to the large lane (default 2 MB). */
  readonly largeBodyBytes?: number;
  /** Old-generation heap cap of each worker (default 2048 MB). */
  readonly maxHeapMb?: number;
  /**
   * Young-generation cap of each worker (default 96 MB, twice V8's 48 MB): a request's garbage is
   * short-lived, and a larger nursery collects it in half as many scavenges, which V8 runs on its
   * helper threads — CPU the other workers then lose under load (docs/bench.md, load).
   */
  readonly youngGenerationMb?: number;
  /** Requests waiting per lane before new ones get a 503 (default 64 small, 8 large). */
  readonly maxQueue?: { readonly small: number; readonly large: number };
};

export type WorkerPool = {
  readonly offload: Offload;
  readonly threads: number;
  readonly timeBudgetMs: number;
  close(): Promise<void>;
};

const MB = 1024 * 1024;
const QUEUE_FULL = 'Task queue is at limit';

/** Big uploads yield the CPU to health checks and small requests (Linux thread niceness). */
const LARGE_LANE_NICE = 10;

export function createWorkerPool(limits: Limits, options: PoolOptions = {}): WorkerPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const timeBudgetMs = options.timeBudgetMs ?? 30_000;
  // A request may wait for a worker this long (a queue of slow ones, a worker restarting).
  const maxWaitMs = Math.max(4 * timeBudgetMs, 60_000);
  const largeBodyBytes = options.largeBodyBytes ?? 2 * MB;
  const maxHeapMb = options.maxHeapMb ?? 2048;
  const largeThreads = Math.max(1, options.largeThreads ?? threads - 1);
  const heap = { oldMb: maxHeapMb, youngMb: options.youngGenerationMb ?? 96 };
  const lane = (spec: LaneSpec) => createLane(spec, heap);
  // Warm workers: all of the small lane, one of the large (the others start on demand).
  const small = lane({
    threads,
    maxQueue: options.maxQueue?.small ?? 64,
    minThreads: threads,
    nice: 0,
  });
  const large = lane({
    threads: largeThreads,
    maxQueue: options.maxQueue?.large ?? 8,
    minThreads: 1,
    nice: LARGE_LANE_NICE,
  });
  const laneOf = (bytes: number) => (bytes > largeBodyBytes ? large : small);
  // Counted here: piscina does not apply maxQueue to abortable tasks.
  const refuseIfFull = (l: Lane) => {
    if (l.inFlight >= l.capacity) throw poolFailure(new Error(QUEUE_FULL), failureOf(false));
  };
  const run = async (task: OffloadTask, clientSignal: AbortSignal) => {
    const l = laneOf(task.body.byteLength);
    refuseIfFull(l);
    const budget = startRunBudget(timeBudgetMs, maxWaitMs);
    const signal = AbortSignal.any([budget.signal, clientSignal]);
    l.inFlight++;
    // The place is free the moment the request is over — client gone or budget spent — not when
    // the terminated worker has been reaped: a burst right after 20 aborted uploads got 503s.
    let held = true;
    const release = () => {
      if (held) l.inFlight--;
      held = false;
    };
    signal.addEventListener('abort', release, { once: true });
    try {
      const { started, queuedAt } = budget;
      const work = { ...task, limits, nice: l.nice, started, queuedAt };
      const reply = await l.pool.run(work, { signal, transferList: [task.body] });
      return fromOffloadReply(reply);
    } catch (err) {
      throw poolFailure(err, failureOf(budget.expired(), clientSignal.aborted));
    } finally {
      budget.done();
      signal.removeEventListener('abort', release);
      release();
    }
  };
  // Before the body is read: a request its lane cannot take is refused without being buffered.
  const admit = (declared: number | undefined) => {
    if (declared !== undefined) refuseIfFull(laneOf(declared));
  };
  const offload: Offload = Object.assign(run, { admit });
  const failureOf = (timedOut: boolean, clientGone = false) => ({
    timedOut,
    clientGone: clientGone && !timedOut,
    timeBudgetMs,
    maxHeapMb,
  });
  return {
    offload,
    threads,
    timeBudgetMs,
    close: async () => {
      await Promise.all([small.pool.destroy(), large.pool.destroy()]);
    },
  };
}
