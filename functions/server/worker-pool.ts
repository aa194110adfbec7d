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
import { Piscina } from 'piscina';
import type { Limits } from '../http/limits';
import { fromOffloadReply, type Offload, type OffloadReply } from '../http/offload';
import type { WorkerTask } from './app-worker';
import { poolFailure } from './pool-failure';

export type PoolOptions = {
  /** Workers of the small lane (default: the number of cores). */
  readonly threads?: number;
  /** Workers of the large lane (default: one fewer than `threads`, at least 1), so big uploads
   * never take every core from the small requests. */
  readonly largeThreads?: number;
  /** Wall-clock budget of one request, from when it is queued (default 30 s). */
  readonly timeBudgetMs?: number;
  /** Bodies above this go to the large lane (default 2 MB). */
  readonly largeBodyBytes?: number;
  /** Old-generation heap cap of each worker (default 2048 MB). */
  readonly maxHeapMb?: number;
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

type Lane = {
  inFlight: number;
  /** Running plus waiting requests the lane takes before answering 503. */
  readonly capacity: number;
  readonly pool: Piscina<WorkerTask, OffloadReply>;
};

/** tsx is needed to load the .ts entry; `npm start` already runs under it, vitest does not. */
function workerExecArgv(): string[] {
  const argv = process.execArgv;
  return argv.some((a) => a.includes('tsx')) ? [...argv] : [...argv, '--import', 'tsx'];
}

export function createWorkerPool(limits: Limits, options: PoolOptions = {}): WorkerPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const timeBudgetMs = options.timeBudgetMs ?? 30_000;
  const largeBodyBytes = options.largeBodyBytes ?? 2 * MB;
  const maxHeapMb = options.maxHeapMb ?? 2048;
  const largeThreads = Math.max(1, options.largeThreads ?? threads - 1);
  const lane = (maxThreads: number, maxQueue: number, minThreads: number): Lane => ({
    inFlight: 0,
    capacity: maxThreads + maxQueue,
    pool: new Piscina<WorkerTask, OffloadReply>({
      filename: new URL('./app-worker.ts', import.meta.url).href,
      execArgv: workerExecArgv(),
      minThreads,
      maxThreads,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    }),
  });
  // Warm workers: all of the small lane, one of the large (the others start on demand).
  const small = lane(threads, options.maxQueue?.small ?? 64, threads);
  const large = lane(largeThreads, options.maxQueue?.large ?? 8, 1);
  const offload: Offload = async (task, clientSignal) => {
    const budget = AbortSignal.timeout(timeBudgetMs);
    const signal = AbortSignal.any([budget, clientSignal]);
    const l = task.body.byteLength > largeBodyBytes ? large : small;
    // Counted here: piscina does not apply maxQueue to abortable tasks.
    if (l.inFlight >= l.capacity) throw poolFailure(new Error(QUEUE_FULL), failureOf(false));
    l.inFlight++;
    try {
      const reply = await l.pool.run({ ...task, limits }, { signal, transferList: [task.body] });
      return fromOffloadReply(reply);
    } catch (err) {
      throw poolFailure(err, failureOf(budget.aborted, clientSignal.aborted));
    } finally {
      l.inFlight--;
    }
  };
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
