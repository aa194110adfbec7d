/**
 * The local host: `npm start` serves the same hono app as the Azure function on
 * http://localhost:7071 (PORT and HOST override; PORT=0 picks a free port), plus the task pane
 * from dist/addin at /. No cloud account, no function key; Entra ID auth only if configured.
 * Workbook requests run in a worker pool (worker-pool.ts; WORKER_THREADS and
 * REQUEST_TIME_BUDGET_MS override its size and the per-request budget), the main thread keeps
 * health, auth, limits and the static files.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from '../app';
import { authConfigFromEnv } from '../auth/auth-config';
import { DEFAULT_LIMITS, MULTIPART_OVERHEAD_BYTES } from '../http/limits';
import { createHttpServer, type ConnectionTimeouts } from './http-server';
import { isLoopbackBinding, LOOPBACK_HOSTS } from './host-guard';
import { createLocalSite } from './local-site';
import { createWorkerPool, type PoolOptions } from './worker-pool';

export type LocalServer = { readonly url: string; readonly port: number; close(): Promise<void> };

export type LocalServerOptions = {
  readonly port?: number;
  readonly hostname?: string;
  readonly addinDir?: string;
  /** The worker pool's options; false runs every request on the main thread. */
  readonly pool?: PoolOptions | false;
  /** Slow-client and keep-alive timeouts (http-server.ts); env HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS. */
  readonly timeouts?: ConnectionTimeouts;
};

function positive(text: string | undefined): number | undefined {
  const n = Number(text);
  return text && Number.isInteger(n) && n > 0 ? n : undefined;
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
}

/**
 * Bound to loopback: only this machine's names (plus ALLOWED_HOSTS) may be asked for, against
 * DNS rebinding (host-guard.ts). Bound elsewhere (HOST=0.0.0.0): only ALLOWED_HOSTS, if set.
 */
function allowedHosts(hostname: string, extra: readonly string[]): readonly string[] | undefined {
  if (isLoopbackBinding(hostname)) return [...LOOPBACK_HOSTS, hostname, ...extra];
  return extra.length ? [hostname, ...extra] : undefined;
}

export function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const env = process.env;
  const corsOrigins = list(env.CORS_ORIGINS);
  const pool =
    options.pool === false
      ? null
      : createWorkerPool(DEFAULT_LIMITS, {
          threads: positive(env.WORKER_THREADS),
          timeBudgetMs: positive(env.REQUEST_TIME_BUDGET_MS),
          ...options.pool,
        });
  const api = createApp({
    auth: authConfigFromEnv(env),
    corsOrigins,
    limits: DEFAULT_LIMITS,
    offload: pool?.offload,
  });
  const hostname = options.hostname ?? env.HOST ?? '127.0.0.1';
  const port = options.port ?? Number(env.PORT ?? 7071);
  const addinDir = options.addinDir ?? resolve('dist/addin');
  const site = createLocalSite(api, addinDir, allowedHosts(hostname, list(env.ALLOWED_HOSTS)));
  const server = createHttpServer((request) => site.fetch(request), {
    headersTimeoutMs: positive(env.HEADERS_TIMEOUT_MS),
    requestTimeoutMs: positive(env.REQUEST_TIMEOUT_MS),
    maxBodyBytes: DEFAULT_LIMITS.maxTotalBytes + MULTIPART_OVERHEAD_BYTES,
    ...options.timeouts,
  });
  return new Promise((done) => {
    server.listen(port, hostname, () => {
      const info = server.address() as AddressInfo;
      const shown = hostname === '127.0.0.1' || hostname === '::1' ? 'localhost' : hostname;
      const url = `http://${shown}:${info.port}`;
      done({
        url,
        port: info.port,
        close: async () => {
          await new Promise<void>((closed) => server.close(() => closed()));
          await pool?.close();
        },
      });
    });
  });
}

async function main(): Promise<void> {
  const server = await startLocalServer();
  console.log(
    `ISMS checks API  ${server.url}/api  (health ${server.url}/api/health, OpenAPI ${server.url}/api/openapi.json)`,
  );
  console.log(`Task pane        ${server.url}/`);
  console.log(`Try: curl -F files=@register.xlsx ${server.url}/api/validate`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
