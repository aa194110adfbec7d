/**
 * Write benchmark (issue #9 item 6): `isms import` of a client register of 1k, 10k and 100k risks
 * beside `isms validate` of the same file, the canonical writer alone (`isms template` with the
 * risks as data) and exceljs's streaming WorkbookWriter writing the same rows; every run in its
 * own process so peak RSS belongs to one approach. Writes its table into docs/bench.md.
 *
 *   npm run bench write     (or: npx tsx scripts/bench/write.bench.ts; BENCH_SIZES=1000,10000)
 */
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runChild, writeBenchBlock } from './bench-kit';
import { importSourceFile } from './make-import-source';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const APPROACHES = [
  'cli-validate',
  'cli-import',
  'validate',
  'import',
  'template',
  'exceljs-stream',
] as const;
const LABELS: Record<string, string> = {
  'cli-validate': '`isms validate FILE` (the bundled CLI users run)',
  'cli-import': '`isms import FILE --out OUT.xlsx` (the bundled CLI users run)',
  validate: '`isms validate`: read + assess',
  import: '`isms import`: read + import + write the converted workbook',
  template: 'canonical writer alone (plan → streamed OOXML), N risks',
  'exceljs-stream': 'exceljs streaming WorkbookWriter, same rows (no tables, no styles)',
};
const CHILD = resolve('scripts/bench/write-child.ts');
const CLI_CHILD = resolve('scripts/bench/cli-child.mjs');

type Result = {
  approach: string;
  ms: number;
  /** User + system CPU of the child while measured (all threads). */
  cpuMs: number;
  peakMb: number;
  bytes?: number;
  readMs?: number;
  importMs?: number;
  writeMs?: number;
  /** Wall time of the whole child process, as seen from here (the CLI rows). */
  processMs?: number;
  /** Fastest and slowest of the CLI rows' runs (command time). */
  range?: [number, number];
};

/** Runs of each CLI figure: the median is shown (validate alone varies by ±20 % run to run). */
const CLI_RUNS = 5;

function cliOnce(approach: string, n: number): Result {
  // The CLI as shipped (esbuild bundle, no tsx): the command's own time, and the whole process
  // (Node start, loading the bundle, the command, exit) as the user waits for it.
  const out = join(tmpdir(), `isms-bench-import-${process.pid}.xlsx`);
  const t0 = performance.now();
  const r = runChild<Result>(CLI_CHILD, [approach.slice(4), importSourceFile(n), out], {
    tsx: false,
  });
  return { ...r, processMs: performance.now() - t0 };
}

function once(approach: string, n: number): Result {
  if (!approach.startsWith('cli-')) return runChild<Result>(CHILD, [approach, String(n)]);
  const runs = Array.from({ length: CLI_RUNS }, () => cliOnce(approach, n));
  const median = <K extends 'ms' | 'cpuMs' | 'processMs'>(k: K) =>
    runs.map((x) => x[k] ?? 0).sort((a, b) => a - b)[CLI_RUNS >> 1];
  return {
    ...runs[0],
    ms: median('ms'),
    cpuMs: median('cpuMs'),
    processMs: median('processMs'),
    peakMb: Math.max(...runs.map((x) => x.peakMb)),
    range: [Math.min(...runs.map((x) => x.ms)), Math.max(...runs.map((x) => x.ms))],
  };
}

function detail(r: Result, base: Result | undefined): string {
  const parts: [string, number | undefined][] = [
    ['read', r.readMs],
    ['import', r.importMs],
    ['write', r.writeMs],
  ];
  const shown = parts.filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${v!.toFixed(0)}`);
  if (r.processMs !== undefined) {
    const vs =
      base?.processMs && base !== r ? `, ${(r.processMs / base.processMs).toFixed(1)}×` : '';
    const spread = r.range
      ? `median of ${CLI_RUNS}, ${r.range[0].toFixed(0)}–${r.range[1].toFixed(0)}; `
      : '';
    return ` (${spread}whole process ${r.processMs.toFixed(0)}${vs})`;
  }
  return shown.length > 1 ? ` (${shown.join(', ')})` : '';
}

function table(rows: readonly (Result & { size: number })[]): string {
  const lines = [
    '| risks | approach | time (ms) | CPU (ms) | peak RSS (MB) | vs validate (time) | vs validate (CPU) | output (KB) |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    // The CLI rows are compared with the CLI's validate, the in-process rows with validate's.
    const baseName = r.approach.startsWith('cli-') ? 'cli-validate' : 'validate';
    const base = rows.find((x) => x.size === r.size && x.approach === baseName);
    const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(1)}×` : '');
    const out = r.bytes === undefined ? '' : (r.bytes / 1024).toFixed(0);
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${LABELS[r.approach]} | ${r.ms.toFixed(0)}${detail(r, base)} | ${r.cpuMs.toFixed(0)} | ${r.peakMb.toFixed(0)} | ${ratio(r.ms, base?.ms)} | ${ratio(r.cpuMs, base?.cpuMs)} | ${out} |`,
    );
  }
  return lines.join('\n');
}

const rows: (Result & { size: number })[] = [];
const loadBefore = loadavg()[0];
for (const size of SIZES) {
  process.stdout.write(`write: source register of ${size} risks… `);
  importSourceFile(size);
  process.stdout.write('measuring\n');
  for (const approach of APPROACHES) rows.push({ size, ...once(approach, size) });
}
const t = table(rows);
const load = `load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
process.stdout.write(`\n${t}\n`);
const when = new Date().toISOString().slice(0, 10);
writeBenchBlock(
  'write',
  `## Write: import and template at scale\n\nMeasured ${when} on ${process.platform} ${process.arch}, Node ${process.version} (${load}), ` +
    'by `npm run bench write` (scripts/bench/write.bench.ts), one fresh process per figure, modules loaded before ' +
    'the clock. The first two rows of each size are the bundled CLI that `isms` runs (dist/cli/isms.cjs, ' +
    `scripts/bench/cli-child.mjs), median of ${CLI_RUNS} runs, plus the whole process's wall time; the other rows ` +
    'run the same code in-process under tsx, phase by phase. The source is a non-canonical client register (one sheet, a title row, 13 columns of plain values); ' +
    '`isms import` reads it, maps it and writes the canonical workbook with the risks in tblRisks (formulas, ' +
    'validations, band colours), the Import Report and the original sheet kept. Peak RSS is the process maxRSS, ' +
    'including the Node + tsx baseline; CPU is user + system time of the child while measured (every thread: zlib ' +
    `deflates on its own), steadier than wall time on a shared machine.\n\n${t}\n`,
);
