/**
 * `npm run load`: the local server under a mix of valid and hostile uploads, on loopback only.
 * Starts functions/server/local.ts on a free 127.0.0.1 port, warms every worker (25 rounds of
 * eight 1k uploads, one 100k upload; not measured), then
 *   1. throughput: POST /api/validate of a 1k-risk register, `--requests` at a time, in five
 *      interleaved phases at concurrency 1, 8, 1, 8, 1 (the machine's drift falls on both sides);
 *   2. under load: two 100k-risk uploads kept in flight and the hostile uploads of load-bombs.ts
 *      sent one after another, while /api/health and the 1k validate are timed;
 * prints p50/p95/p99 per kind, the throughput ratio with the CPU each request cost (server main
 * thread, the rest of the server, the client; load-cpu.ts) and the targets of issue #11, stops the
 * server, and exits 1 when a valid request failed or a target was missed. Every loop is bounded.
 *
 *   npm run load -- [--requests 96] [--health 120] [--small 30] [--timeout 120]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { registerFile } from './bench/make-register';
import { bombs, type Payload } from './load-bombs';
import { burst, closeConnections, health, startServer, upload } from './load-client';
import { cpuLine, sampleCpu, settle, spanOf, sumSpans, type CpuSpan } from './load-cpu';
import { latencyLine, statuses, summarizeLatencies, verdicts, type Outcome } from './load-report';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '96' },
    health: { type: 'string', default: '120' },
    small: { type: 'string', default: '30' },
    timeout: { type: 'string', default: '120' },
  },
});
const bounded = (text: string | undefined, min: number, max: number, name: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be an integer ${min}..${max}`);
  return n;
};
const requests = bounded(values.requests, 2, 1000, 'requests');
const healthCount = bounded(values.health, 10, 5000, 'health');
const smallCount = bounded(values.small, 5, 1000, 'small');
const timeoutMs = bounded(values.timeout, 5, 600, 'timeout') * 1000;

const xlsx = (path: string, name: string): Payload => ({
  name,
  type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  bytes: new Uint8Array(readFileSync(path)),
});

/**
 * Rounds of eight 1k uploads before anything is measured, about a hundred per small-lane worker.
 * Each worker thread compiles its own JIT code, and a worker that has run a dozen requests is
 * still tiering up (measured: 60 ms of CPU per request after a dozen, 48 ms after a hundred). One
 * at a time, piscina hands every request to the same idle worker, so a short warm-up leaves the
 * other worker colder and charges its compiling to the concurrent phase.
 */
const WARM_ROUNDS = 25;

type Phase = {
  readonly outcomes: readonly Outcome[];
  readonly wallMs: number;
  cpu: CpuSpan | null;
};

async function measured(pid: number | undefined, concurrency: number, one: () => Promise<Outcome>) {
  await settle(pid);
  const from = sampleCpu(pid);
  const b = await burst(requests, concurrency, one);
  const to = sampleCpu(pid);
  return { outcomes: b.outcomes, wallMs: b.wallMs, cpu: spanOf(from, to) };
}

/** Several phases at one concurrency as one: every request, over the phases' summed wall time. */
function pooled(phases: readonly Phase[]) {
  const wall = phases.reduce((n, p) => n + p.wallMs, 0);
  return {
    stats: summarizeLatencies(
      phases.flatMap((p) => p.outcomes),
      wall,
    ),
    cpu: cpuLine(
      sumSpans(phases.map((p) => p.cpu)),
      phases.reduce((n, p) => n + p.outcomes.length, 0),
    ),
  };
}

async function throughput(base: string, pid: number | undefined, small: Payload) {
  const one = () => upload(base, small, timeoutMs);
  // Interleaved, c1 c8 c1 c8 c1: a machine that speeds up or slows down during the run (other
  // tenants of the host, JIT still settling) moves both concurrencies alike, and each c8 phase
  // can be set against the c1 phases on either side of it.
  const phases: { concurrency: number; phase: Phase }[] = [];
  for (const concurrency of [1, 8, 1, 8, 1])
    phases.push({ concurrency, phase: await measured(pid, concurrency, one) });
  const at = (c: number) => phases.filter((p) => p.concurrency === c).map((p) => p.phase);
  const rate = (p: Phase) => (p.outcomes.length * 1000) / p.wallMs;
  const each = phases.map((p) => `c${p.concurrency} ${rate(p.phase).toFixed(1)}`).join(', ');
  const pairs = [1, 3].map((k) =>
    (
      rate(phases[k].phase) / Math.max(rate(phases[k - 1].phase), rate(phases[k + 1].phase))
    ).toFixed(2),
  );
  const c1 = pooled(at(1));
  const c8 = pooled(at(8));
  return {
    c1: c1.stats,
    c8: c8.stats,
    cpu1: c1.cpu,
    cpu8: c8.cpu,
    phases: `phases (req/s): ${each}; each c8 phase ÷ the faster c1 beside it: ${pairs.join('×, ')}×`,
  };
}

/** Runs `one` again and again (at most `max` times) until `stop()` is true. */
async function keepGoing(max: number, stop: () => boolean, one: (i: number) => Promise<Outcome>) {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < max && !stop(); i++) outcomes.push(await one(i));
  return outcomes;
}

async function underLoad(base: string, small: Payload, big: Payload) {
  let done = false;
  const hostile = bombs();
  const bigs = [0, 1].map(() =>
    keepGoing(
      20,
      () => done,
      () => upload(base, big, timeoutMs),
    ),
  );
  const bombRuns = keepGoing(
    40,
    () => done,
    (i) => upload(base, hostile[i % hostile.length], timeoutMs, (s) => s >= 400 && s < 600),
  );
  await new Promise((r) => setTimeout(r, 1500)); // both big uploads are in their workers now
  const started = performance.now();
  const [healthRuns, smallRuns] = await Promise.all([
    keepGoing(
      healthCount,
      () => false,
      async () => {
        const o = await health(base, timeoutMs);
        await new Promise((r) => setTimeout(r, 25));
        return o;
      },
    ),
    keepGoing(
      smallCount,
      () => false,
      () => upload(base, small, timeoutMs),
    ),
  ]);
  const wall = performance.now() - started;
  done = true;
  const [b1, b2, bombOut] = await Promise.all([...bigs, bombRuns]);
  return {
    health: summarizeLatencies(healthRuns, wall),
    small: summarizeLatencies(smallRuns, wall),
    big: summarizeLatencies([...b1, ...b2], wall),
    bombs: bombOut,
  };
}

async function main(): Promise<number> {
  const small = xlsx(registerFile(1000), 'register-1k.xlsx');
  const big = xlsx(registerFile(100_000), 'register-100k.xlsx');
  // A generous budget: this run measures latency under load, not the budget (tested elsewhere).
  const { child, base } = await startServer({ REQUEST_TIME_BUDGET_MS: String(timeoutMs) });
  try {
    // Warm-up, not measured: every worker of both lanes has run the code it is measured on
    // (each worker thread compiles its own JIT code; a cold worker would make the first
    // concurrent phase pay for compiling what the one-at-a-time phase ran warm).
    for (let round = 0; round < WARM_ROUNDS; round++) {
      const warm = await burst(8, 8, () => upload(base, small, timeoutMs));
      const failed = warm.outcomes.find((o) => o.error);
      if (failed) throw new Error(`warm-up ${small.name} failed: ${failed.error}`);
    }
    const warmBig = await upload(base, big, timeoutMs);
    if (warmBig.error) throw new Error(`warm-up ${big.name} failed: ${warmBig.error}`);
    console.log(
      `load: ${base} — 1k register ${small.bytes.length} B, 100k register ${big.bytes.length} B`,
    );
    const t = await throughput(base, child.pid, small);
    console.log(
      latencyLine('1k validate, concurrency 1', t.c1),
      `  ${t.c1.perSecond.toFixed(1)} req/s`,
    );
    console.log(`  ${t.cpu1}`);
    console.log(
      latencyLine('1k validate, concurrency 8', t.c8),
      `  ${t.c8.perSecond.toFixed(1)} req/s`,
    );
    console.log(`  ${t.cpu8}`);
    console.log(`  ${t.phases}`);
    const l = await underLoad(base, small, big);
    console.log(latencyLine('health, under load', l.health));
    console.log(latencyLine('1k validate, under load', l.small));
    console.log(latencyLine('100k validate (2 in flight)', l.big));
    console.log(`hostile uploads: ${l.bombs.length} sent, answers: ${statuses(l.bombs)}`);
    const v = verdicts(t, l);
    for (const x of v) console.log(`${x.ok ? 'PASS' : 'MISS'}  ${x.what}: ${x.got}`);
    const failed =
      [t.c1, t.c8, l.health, l.small, l.big].some((s) => s.errors > 0) ||
      l.bombs.some((o) => o.error);
    return failed || v.some((x) => !x.ok) ? 1 : 0;
  } finally {
    closeConnections();
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
