/** Latency statistics of a load run (nearest-rank percentiles) and their printout. */
export type Outcome = {
  readonly ms: number;
  readonly status: number;
  readonly error: string | null;
};

export type LoadStats = {
  readonly count: number;
  readonly errors: number;
  readonly errorKinds: Readonly<Record<string, number>>;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly wallMs: number;
  readonly perSecond: number;
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarizeLatencies(outcomes: readonly Outcome[], wallMs: number): LoadStats {
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const errorKinds: Record<string, number> = {};
  for (const o of outcomes) if (o.error) errorKinds[o.error] = (errorKinds[o.error] ?? 0) + 1;
  return {
    count: outcomes.length,
    errors: outcomes.filter((o) => o.error !== null).length,
    errorKinds,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : 0,
    wallMs,
    perSecond: wallMs > 0 ? (outcomes.length * 1000) / wallMs : 0,
  };
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

/** One line: `label  n=…  p50 … p95 … p99 … max …  errors …`. */
export function latencyLine(label: string, s: LoadStats): string {
  const errors = Object.entries(s.errorKinds).map(([k, n]) => `${n} × ${k}`);
  return (
    `${label.padEnd(28)} n=${String(s.count).padEnd(4)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  ` +
    `p99 ${ms(s.p99)}  max ${ms(s.max)}${errors.length ? `  errors: ${errors.join(', ')}` : ''}`
  );
}

export function formatReport(s: LoadStats): string {
  const lines = [
    `requests    ${s.count}`,
    `errors      ${s.errors}`,
    `latency     p50 ${ms(s.p50)}  p90 ${ms(s.p90)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  max ${ms(s.max)}`,
    `wall time   ${ms(s.wallMs)}`,
    `throughput  ${s.perSecond.toFixed(1)} req/s`,
  ];
  for (const [kind, n] of Object.entries(s.errorKinds)) lines.push(`  ${n} × ${kind}`);
  return lines.join('\n');
}

/** `11 × 200, 5 × 413`: the answers a run got, by status or error. */
export function statuses(outcomes: readonly Outcome[]): string {
  const n: Record<string, number> = {};
  for (const o of outcomes) {
    const k = o.status === 0 ? (o.error ?? 'failed') : String(o.status);
    n[k] = (n[k] ?? 0) + 1;
  }
  return Object.entries(n)
    .map(([k, v]) => `${v} × ${k}`)
    .join(', ');
}

/** Issue #11's targets against a run's figures. */
export function verdicts(
  t: { c1: LoadStats; c8: LoadStats },
  l: { health: LoadStats; small: LoadStats },
) {
  const ratio = t.c8.perSecond / t.c1.perSecond;
  return [
    {
      what: '/api/health p99 < 100 ms (two 100k uploads in flight)',
      ok: l.health.p99 < 100,
      got: `${l.health.p99.toFixed(0)} ms`,
    },
    {
      what: '1k validate p99 < 1 s (two 100k uploads in flight)',
      ok: l.small.p99 < 1000,
      got: `${l.small.p99.toFixed(0)} ms`,
    },
    {
      what: 'throughput at concurrency 8 ≥ 1.6 × concurrency 1',
      ok: ratio >= 1.6,
      got: `${ratio.toFixed(2)}×`,
    },
  ];
}
