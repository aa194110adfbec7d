/**
 * The loopback side of `npm run load`: starts functions/server/local.ts under tsx on a free
 * 127.0.0.1 port and sends single requests with a deadline. Nothing here leaves the machine.
 * The client is kept cheap, since it shares the cores with the server it measures: node:http
 * over kept-alive connections, each upload's multipart body encoded once, answers drained and
 * length-checked rather than parsed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import type { Payload } from './load-bombs';
import { multipartOf, type PreparedBody } from './load-body';
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

/** One keep-alive agent for every request: the client reuses its connections, as a browser does. */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * One request over `agent`; the response is read to its end (bytes counted against its
 * content-length, not parsed), so the measured time covers the whole answer.
 */
function send(url: string, timeoutMs: number, body?: PreparedBody): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      agent,
      method: body ? 'POST' : 'GET',
      headers: body
        ? { 'content-type': body.contentType, 'content-length': String(body.bytes.byteLength) }
        : {},
    });
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    req.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.once('response', (res) => {
      let received = 0;
      res.on('data', (chunk: Buffer) => (received += chunk.byteLength));
      res.once('error', reject);
      res.once('end', () => {
        clearTimeout(timer);
        const declared = res.headers['content-length'];
        if (declared !== undefined && Number(declared) !== received)
          reject(new Error(`answer cut short: ${received} of ${declared} bytes`));
        else resolve(res.statusCode ?? 0);
      });
    });
    req.end(body?.bytes);
  });
}

async function timed(
  run: () => Promise<number>,
  ok: (status: number) => boolean,
): Promise<Outcome> {
  const started = performance.now();
  try {
    const status = await run();
    const ms = performance.now() - started;
    return { ms, status, error: ok(status) ? null : `HTTP ${status}` };
  } catch (err) {
    const ms = performance.now() - started;
    return { ms, status: 0, error: describe(err) };
  }
}

/** `Error: socket hang up (ECONNRESET)`. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: string }).code;
  return `${err.name}: ${err.message}${code ? ` (${code})` : ''}`;
}

/** POST /api/validate with one upload; `ok` says which statuses count as success. */
export function upload(
  base: string,
  p: Payload,
  timeoutMs: number,
  ok: (status: number) => boolean = (s) => s === 200,
): Promise<Outcome> {
  const body = multipartOf(p);
  return timed(() => send(`${base}/api/validate?asOf=2025-06-30`, timeoutMs, body), ok);
}

export function health(base: string, timeoutMs: number): Promise<Outcome> {
  return timed(
    () => send(`${base}/api/health`, timeoutMs),
    (s) => s === 200,
  );
}

/** Closes the kept-alive connections, so the run can end. */
export function closeConnections(): void {
  agent.destroy();
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
