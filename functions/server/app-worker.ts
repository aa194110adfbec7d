/**
 * The worker-thread entry of the local server's pool (server/worker-pool.ts): the same hono app,
 * without auth or CORS (the main thread has checked those), answering one workbook request at a
 * time. Reading, parsing, assessing and serialising all happen here, off the main event loop.
 * Runs under tsx (npm start) and in tests (the pool adds `--import tsx` when it is missing).
 */
import { createApp } from '../app';
import type { Limits } from '../http/limits';
import { runOffloadTask, type OffloadReply, type OffloadTask } from '../http/offload';

export type WorkerTask = OffloadTask & { readonly limits: Limits };

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

export default async function handle(task: WorkerTask): Promise<OffloadReply> {
  return runOffloadTask(appFor(task.limits), task);
}
