/**
 * One lane of the local server's worker pool (worker-pool.ts): a piscina pool of worker threads
 * running app-worker.ts with capped heaps, and the count of requests it holds (running plus
 * waiting), which the pool compares with the lane's capacity to answer 503 before queueing.
 */
import { Piscina } from 'piscina';
import type { OffloadReply } from '../http/offload';
import type { WorkerTask } from './app-worker';

export type Lane = {
  inFlight: number;
  readonly nice: number;
  /** Running plus waiting requests the lane takes before answering 503. */
  readonly capacity: number;
  readonly pool: Piscina<WorkerTask, OffloadReply>;
};

/** tsx is needed to load the .ts entry; `npm start` already runs under it, vitest does not. */
function workerExecArgv(): string[] {
  const argv = process.execArgv;
  return argv.some((a) => a.includes('tsx')) ? [...argv] : [...argv, '--import', 'tsx'];
}

export type LaneSpec = {
  readonly threads: number;
  readonly maxQueue: number;
  readonly minThreads: number;
  readonly nice: number;
};

export type HeapLimits = { readonly oldMb: number; readonly youngMb: number };

export function createLane(spec: LaneSpec, heap: HeapLimits): Lane {
  return {
    inFlight: 0,
    nice: spec.nice,
    capacity: spec.threads + spec.maxQueue,
    pool: new Piscina<WorkerTask, OffloadReply>({
      filename: new URL('./app-worker.ts', import.meta.url).href,
      execArgv: workerExecArgv(),
      minThreads: spec.minThreads,
      maxThreads: spec.threads,
      idleTimeout: 30_000,
      resourceLimits: {
        maxOldGenerationSizeMb: heap.oldMb,
        maxYoungGenerationSizeMb: heap.youngMb,
      },
    }),
  };
}
