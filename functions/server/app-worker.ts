/**
 * The worker-thread entry of the local server's pool (server/worker-pool.ts): the same hono app,
 * without auth or CORS (the main thread has checked those), answering one workbook request at a
 * time. Reading, parsing (multipart, JSON, xlsx, CSV), assessing and serialising all happen here,
 * off the main event loop; the request body arrives and the response body leaves as transferred
 * bytes.
 * Runs under tsx (npm start) and in tests (the pool adds `--import tsx` when it is missing).
 */
import { readlinkSync } from 'node:fs';
import { register } from 'node:module';
import { setPriority } from 'node:os';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { createApp } from '../app';
import type { Limits } from '../http/limits';
import { runOffloadTask, type OffloadReply, type OffloadTask } from '../http/offload';
import { markStarted } from './run-budget';

export type WorkerTask = OffloadTask & {
  readonly limits: Limits;
  /** Nice value for this worker thread (Linux; the large lane's are lowered). */
  readonly nice: number;
  /** Where this worker records that it started the request (run-budget.ts), and when it was queued. */
  readonly started: Int32Array;
  readonly queuedAt: number;
};

/**
 * Lazy `import('./…')` of the report writers resolves as on the main thread (see the hook). Only
 * when running from sources: a bundled worker has no relative imports left to resolve.
 */
if (import.meta.url.endsWith('.ts'))
  register(new URL('./worker-resolve-hook.mjs', import.meta.url).href);

let app: ReturnType<typeof createApp> | null = null;
let appLimits = '';

function appFor(limits: Limits) {
  const key = JSON.stringify(limits);
  if (!app || key !== appLimits) {
    app = createApp({ limits, log: (err) => console.error(err) });
    appLimits = key;
  }
  return app;
}

let niced = false;

/**
 * Lowers this thread's scheduling priority once, so the main thread (health, I/O) and the small
 * lane win the CPU over big uploads. Linux only: setpriority on a thread id affects that thread
 * alone; elsewhere (or without /proc) it is skipped.
 */
function lowerPriority(nice: number): void {
  if (niced || nice <= 0) return;
  niced = true;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, nice);
  } catch {
    // Not Linux, or not allowed: the pool works the same, only without the priority hint.
  }
}

/**
 * The reply with its body bytes transferred to the main thread, not copied: the main thread only
 * writes them to the socket (a 1k-risk validate answers ~150 KB, a capped one up to the
 * documented output limit).
 */
export default async function handle(task: WorkerTask): Promise<OffloadReply> {
  markStarted(task.started, task.queuedAt);
  lowerPriority(task.nice);
  const reply = await runOffloadTask(appFor(task.limits), task);
  const moved = move({ [transferableSymbol]: [reply.body.buffer], [valueSymbol]: reply });
  return moved as unknown as OffloadReply;
}
