/**
 * The loopback side of `npm run load`: starts functions/server/local.ts under tsx on a free
 * 127.0.0.1 port and sends single requests with a deadline. Nothing here leaves the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Payload } from './load-bombs';
import type { Outcome } from './load-report';

export function startServer(
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/server/local.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      AUTH_TENANTS: '',
      AUTH_AUDIENCE: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the local server did not start within 30 s')),
      30_000,
    );
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/[^\s:]+:(\d+)\/api/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: `http://127.0.0.1:${m[1]}` });
      }
    });
    child.once('exit', (code) => reject(new Error(`the local server exited early (code ${code})`)));
  });
}

async function timed(
  run: () => Promise<Response>,
  ok: (status: number) => boolean,
): Promise<Outcome> {
  const started = performance.now();
  try {
    const res = await run();
    await res.arrayBuffer();
    const ms = performance.now() - started;
    return { ms, status: res.status, error: ok(res.status) ? null : `HTTP ${res.status}` };
  } catch (err) {
    const ms = performance.now() - started;
    return {
      ms,
      status: 0,
      error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
    };
  }
}

/** POST /api/validate with one upload; `ok` says which statuses count as success. */
export function upload(
  base: string,
  p: Payload,
  timeoutMs: number,
  ok: (status: number) => boolean = (s) => s === 200,
): Promise<Outcome> {
  return timed(() => {
    const form = new FormData();
    form.append(
      'files',
      new Blob([p.bytes.slice().buffer as ArrayBuffer], { type: p.type }),
      p.name,
    );
    const signal = AbortSignal.timeout(timeoutMs);
    return fetch(`${base}/api/validate?asOf=2025-06-30`, { method: 'POST', body: form, signal });
  }, ok);
}

export function health(base: string, timeoutMs: number): Promise<Outcome> {
  return timed(
    () => fetch(`${base}/api/health`, { signal: AbortSignal.timeout(timeoutMs) }),
    (s) => s === 200,
  );
}

/** `count` calls of `one`, `concurrency` at a time; the outcomes and the wall time. */
export async function burst(
  count: number,
  concurrency: number,
  one: () => Promise<Outcome>,
): Promise<{ outcomes: Outcome[]; wallMs: number }> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < count) {
      next++;
      outcomes.push(await one());
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return { outcomes, wallMs: performance.now() - started };
}
