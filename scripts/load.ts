/**
 * `npm run load`: a bounded burst against the local server on loopback. Starts
 * functions/server/local.ts on a free 127.0.0.1 port, sends N POST /api/validate requests
 * (default 200, all at once) each uploading a small generated register, prints latency
 * percentiles, throughput and errors, stops the server, and exits 1 on any failure.
 *
 *   npm run load -- [--requests 200] [--concurrency 200] [--timeout 120] [--route validate]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { writeCanonicalWorkbook } from '../functions/xlsx/write-workbook';
import { summarizeLatencies, formatReport, type Outcome } from './load-report';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '200' },
    timeout: { type: 'string', default: '120' },
    route: { type: 'string', default: 'validate' },
  },
});
const requests = bounded(values.requests, 1, 10_000, 'requests');
const concurrency = bounded(values.concurrency, 1, 1_000, 'concurrency');
const timeoutMs = bounded(values.timeout, 1, 600, 'timeout') * 1000;
const route = values.route;

function bounded(text: string | undefined, min: number, max: number, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be an integer ${min}..${max}`);
  return n;
}

function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/server/local.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', AUTH_TENANTS: '', AUTH_AUDIENCE: '' },
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
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.once('exit', (code) => reject(new Error(`the local server exited early (code ${code})`)));
  });
}

async function sampleWorkbook(): Promise<Uint8Array> {
  const risks = Array.from({ length: 10 }, (_, i) => ({
    'Risk ID': `R-${String(i + 1).padStart(3, '0')}`,
    'Asset IDs': 'A-001',
    Threat: 'Ransomware',
    Vulnerability: 'Unpatched servers',
    Description: `Load test risk ${i + 1}`,
    'Risk Owner': 'CISO',
    Likelihood: (i % 5) + 1,
    Impact: ((i + 2) % 5) + 1,
    Treatment: 'Modify',
    'Annex A Controls': 'A.8.8',
    Status: 'Open',
  }));
  return writeCanonicalWorkbook({ rows: { tblRisks: risks } });
}

async function fire(url: string, bytes: Uint8Array, deadline: number): Promise<Outcome> {
  const form = new FormData();
  form.append('files', new Blob([bytes.slice().buffer as ArrayBuffer]), 'register.xlsx');
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      body: form,
      signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    });
    await res.arrayBuffer();
    return {
      ms: performance.now() - started,
      status: res.status,
      error: res.ok ? null : `HTTP ${res.status}`,
    };
  } catch (err) {
    return {
      ms: performance.now() - started,
      status: 0,
      error: err instanceof Error ? err.name + ': ' + err.message : String(err),
    };
  }
}

async function burst(
  url: string,
  bytes: Uint8Array,
): Promise<{ outcomes: Outcome[]; wallMs: number }> {
  const deadline = Date.now() + timeoutMs;
  const outcomes: Outcome[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      next++;
      outcomes.push(await fire(url, bytes, deadline));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  return { outcomes, wallMs: performance.now() - started };
}

async function main(): Promise<number> {
  const bytes = await sampleWorkbook();
  const { child, port } = await startServer();
  try {
    const url = `http://127.0.0.1:${port}/api/${route}`;
    const warm = await fire(url, bytes, Date.now() + 30_000);
    if (warm.error) throw new Error(`warm-up request failed: ${warm.error}`);
    console.log(
      `load: ${requests} × POST /api/${route} (${bytes.length} B xlsx), concurrency ${concurrency}, on 127.0.0.1:${port}`,
    );
    const { outcomes, wallMs } = await burst(url, bytes);
    const stats = summarizeLatencies(outcomes, wallMs);
    console.log(formatReport(stats));
    return stats.errors === 0 && stats.count === requests ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`load: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
