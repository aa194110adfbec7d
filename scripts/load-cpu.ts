/**
 * CPU accounting for `npm run load` (Linux): the CPU time each thread of the server process has
 * used, read from /proc/<pid>/task/<tid>/stat, so a burst can be charged to the server's main
 * thread (tid = pid: HTTP, routing, I/O) and to the rest of the server (the pool's workers, V8's
 * GC and compiler helpers), and the client's own CPU (process.cpuUsage) set beside them.
 * Elsewhere (no /proc) it reports nothing, and the load run carries on without the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export type CpuSample = {
  readonly mainMs: number;
  readonly otherMs: number;
  readonly clientMs: number;
  /** Of the server's CPU (main + other), the part spent in the kernel (stime). */
  readonly kernelMs: number;
  readonly at: number;
};

/** Clock ticks per second of /proc's utime/stime (USER_HZ, 100 on every Linux in practice). */
const TICK_MS = 10;

/** utime and stime (fields 14 and 15) of a /proc stat line, in ms. */
function timesOf(stat: string): { user: number; kernel: number } {
  // Fields after the command name, which is in parentheses and may contain spaces.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(rest[11]) * TICK_MS, kernel: Number(rest[12]) * TICK_MS };
}

/** The server's main-thread and other-thread CPU and the client's, now; null without /proc. */
export function sampleCpu(pid: number | undefined): CpuSample | null {
  if (pid === undefined) return null;
  try {
    let mainMs = 0;
    let otherMs = 0;
    let kernelMs = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      let t: { user: number; kernel: number };
      try {
        t = timesOf(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
      } catch {
        continue; // the thread ended between the listing and the read
      }
      kernelMs += t.kernel;
      if (Number(tid) === pid) mainMs += t.user + t.kernel;
      else otherMs += t.user + t.kernel;
    }
    const c = process.cpuUsage();
    const clientMs = (c.user + c.system) / 1000;
    return { mainMs, otherMs, clientMs, kernelMs, at: performance.now() };
  } catch {
    return null;
  }
}

/** CPU used between two samples (or summed over several such spans), and the wall time. */
export type CpuSpan = {
  readonly mainMs: number;
  readonly otherMs: number;
  readonly clientMs: number;
  readonly kernelMs: number;
  readonly wallMs: number;
};

export function spanOf(from: CpuSample | null, to: CpuSample | null): CpuSpan | null {
  if (!from || !to) return null;
  return {
    mainMs: to.mainMs - from.mainMs,
    otherMs: to.otherMs - from.otherMs,
    clientMs: to.clientMs - from.clientMs,
    kernelMs: to.kernelMs - from.kernelMs,
    wallMs: to.at - from.at,
  };
}

/** Several spans as one (null when any is missing). */
export function sumSpans(spans: readonly (CpuSpan | null)[]): CpuSpan | null {
  if (spans.length === 0 || spans.some((s) => s === null)) return null;
  const all = spans as readonly CpuSpan[];
  const sum = (k: keyof CpuSpan) => all.reduce((n, s) => n + s[k], 0);
  return {
    mainMs: sum('mainMs'),
    otherMs: sum('otherMs'),
    clientMs: sum('clientMs'),
    kernelMs: sum('kernelMs'),
    wallMs: sum('wallMs'),
  };
}

/**
 * `cpu/request: server main … ms, workers+GC … ms (server in kernel … ms), client … ms; … of …
 * cores busy` (kernel: the server's system time, both kinds of thread).
 */
export function cpuLine(span: CpuSpan | null, requests: number): string {
  if (!span || requests === 0) return 'cpu/request: not measured (no /proc)';
  const per = (n: number) => `${(n / requests).toFixed(0)} ms`;
  const cores = (span.mainMs + span.otherMs + span.clientMs) / span.wallMs;
  return (
    `cpu/request: server main ${per(span.mainMs)}, workers+GC ${per(span.otherMs)} ` +
    `(server in kernel ${per(span.kernelMs)}), client ${per(span.clientMs)}; ` +
    `${cores.toFixed(2)} of ${cpus().length} cores busy`
  );
}

/**
 * Waits (at most `maxMs`) until the server has been idle for a while — under 5 % of one core
 * over 300 ms — so a measured phase does not pay for the garbage collection or JIT compilation
 * that the previous phase left running. Without /proc it waits one window.
 */
export async function settle(pid: number | undefined, maxMs = 10_000): Promise<void> {
  const windowMs = 300;
  const deadline = performance.now() + maxMs;
  let from = sampleCpu(pid);
  while (performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, windowMs));
    const to = sampleCpu(pid);
    if (!from || !to) return;
    const used = to.mainMs + to.otherMs - (from.mainMs + from.otherMs);
    if (used < windowMs * 0.05) return;
    from = to;
  }
}
