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
  readonly at: number;
};

/** Clock ticks per second of /proc's utime/stime (USER_HZ, 100 on every Linux in practice). */
const TICK_MS = 10;

function ticksOf(stat: string): number {
  // Fields after the command name, which is in parentheses and may contain spaces.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(rest[11]) + Number(rest[12]); // utime + stime (fields 14 and 15)
}

/** The server's main-thread and other-thread CPU and the client's, now; null without /proc. */
export function sampleCpu(pid: number | undefined): CpuSample | null {
  if (pid === undefined) return null;
  try {
    let mainMs = 0;
    let otherMs = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      let ms: number;
      try {
        ms = ticksOf(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')) * TICK_MS;
      } catch {
        continue; // the thread ended between the listing and the read
      }
      if (Number(tid) === pid) mainMs += ms;
      else otherMs += ms;
    }
    const c = process.cpuUsage();
    return { mainMs, otherMs, clientMs: (c.user + c.system) / 1000, at: performance.now() };
  } catch {
    return null;
  }
}

/** `cpu/request: server main … ms, workers+GC … ms, client … ms; … of … cores busy`. */
export function cpuLine(from: CpuSample | null, to: CpuSample | null, requests: number): string {
  if (!from || !to || requests === 0) return 'cpu/request: not measured (no /proc)';
  const per = (a: number, b: number) => `${((b - a) / requests).toFixed(0)} ms`;
  const busy = to.mainMs + to.otherMs + to.clientMs - (from.mainMs + from.otherMs + from.clientMs);
  const cores = busy / (to.at - from.at);
  return (
    `cpu/request: server main ${per(from.mainMs, to.mainMs)}, ` +
    `workers+GC ${per(from.otherMs, to.otherMs)}, client ${per(from.clientMs, to.clientMs)}; ` +
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
