/**
 * Cold start of the Azure function: the time to `require('./dist/function/azure.cjs')` in a
 * fresh Node process (median of N runs), beside `require('exceljs')` alone. exceljs is loaded
 * lazily (gap report xlsx only), so the bundle should import in a fraction of exceljs's time.
 *
 *   npx tsx scripts/bench/function-cold-start.bench.ts   (BENCH_RUNS=N, default 9)
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const RUNS = Math.min(Math.max(Number(process.env.BENCH_RUNS ?? 9) || 9, 1), 50);
const BUNDLE = resolve('dist/function/azure.cjs');

type Sample = { ms: number; exceljsLoaded: boolean };

/** One fresh process: time the require, report whether exceljs ended up in the module cache. */
function measure(target: string): Sample {
  const script = [
    'const t = process.hrtime.bigint();',
    `require(${JSON.stringify(target)});`,
    'const ms = Number(process.hrtime.bigint() - t) / 1e6;',
    'const ex = Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]exceljs[\\\\/]/.test(k));',
    "process.stdout.write('\\nBENCH ' + ms + ' ' + ex + '\\n');",
  ].join('');
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: resolve('.') });
  const m = /BENCH ([\d.]+) (true|false)/.exec(r.stdout ?? '');
  if (r.status !== 0 || !m) throw new Error(`require(${target}) failed: ${r.stderr || r.stdout}`);
  return { ms: Number(m[1]), exceljsLoaded: m[2] === 'true' };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function series(target: string): {
  median: number;
  min: number;
  max: number;
  exceljsLoaded: boolean;
} {
  const samples = Array.from({ length: RUNS }, () => measure(target));
  const ms = samples.map((s) => s.ms);
  return {
    median: median(ms),
    min: Math.min(...ms),
    max: Math.max(...ms),
    exceljsLoaded: samples.some((s) => s.exceljsLoaded),
  };
}

const build = spawnSync(process.execPath, ['scripts/build-function.mjs'], { encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stderr || build.stdout);
  process.exit(1);
}

const bundle = series(BUNDLE);
const exceljs = series('exceljs');
const row = (name: string, r: typeof bundle) =>
  `| ${name.padEnd(34)} | ${r.median.toFixed(1).padStart(9)} | ${r.min.toFixed(1).padStart(7)} | ${r.max.toFixed(1).padStart(7)} | ${(r.median / exceljs.median).toFixed(2).padStart(11)} | ${(r.exceljsLoaded ? 'yes' : 'no').padEnd(14)} |`;
console.log(`\nfunction cold start: require() time in a fresh process, ${RUNS} runs each`);
console.log(
  `| ${'module'.padEnd(34)} | median ms | min ms  | max ms  | × exceljs   | exceljs loaded |`,
);
console.log(`|${'-'.repeat(36)}|-----------|---------|---------|-------------|----------------|`);
console.log(row('dist/function/azure.cjs (bundle)', bundle));
console.log(row('exceljs (alone)', exceljs));
if (bundle.exceljsLoaded) {
  console.error(
    'function-cold-start: the bundle loads exceljs at import time; it must be loaded lazily',
  );
  process.exit(1);
}
