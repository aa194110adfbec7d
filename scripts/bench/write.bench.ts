/**
 * Write benchmark (issue #9 item 6): `isms import` of a client register of 1k, 10k and 100k risks
 * beside `isms validate` of the same file, the canonical writer alone (`isms template` with the
 * risks as data) and exceljs's streaming WorkbookWriter writing the same rows; every run in its
 * own process so peak RSS belongs to one approach. Writes its table into docs/bench.md.
 *
 *   npm run bench write     (or: npx tsx scripts/bench/write.bench.ts; BENCH_SIZES=1000,10000)
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { runChild, writeBenchBlock } from './bench-kit';
import { importSourceFile } from './make-import-source';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const APPROACHES = ['validate', 'import', 'template', 'exceljs-stream'] as const;
const LABELS: Record<string, string> = {
  validate: '`isms validate`: read + assess',
  import: '`isms import`: read + import + write the converted workbook',
  template: 'canonical writer alone (plan → streamed OOXML), N risks',
  'exceljs-stream': 'exceljs streaming WorkbookWriter, same rows (no tables, no styles)',
};
const CHILD = resolve('scripts/bench/write-child.ts');

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
};

function once(approach: string, n: number): Result {
  return runChild<Result>(CHILD, [approach, String(n)]);
}

function detail(r: Result): string {
  const parts: [string, number | undefined][] = [
    ['read', r.readMs],
    ['import', r.importMs],
    ['write', r.writeMs],
  ];
  const shown = parts.filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${v!.toFixed(0)}`);
  return shown.length > 1 ? ` (${shown.join(', ')})` : '';
}

function table(rows: readonly (Result & { size: number })[]): string {
  const lines = [
    '| risks | approach | time (ms) | CPU (ms) | peak RSS (MB) | vs validate (time) | vs validate (CPU) | output (KB) |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const base = rows.find((x) => x.size === r.size && x.approach === 'validate');
    const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(1)}×` : '');
    const out = r.bytes === undefined ? '' : (r.bytes / 1024).toFixed(0);
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${LABELS[r.approach]} | ${r.ms.toFixed(0)}${detail(r)} | ${r.cpuMs.toFixed(0)} | ${r.peakMb.toFixed(0)} | ${ratio(r.ms, base?.ms)} | ${ratio(r.cpuMs, base?.cpuMs)} | ${out} |`,
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
    'the clock. The source is a non-canonical client register (one sheet, a title row, 13 columns of plain values); ' +
    '`isms import` reads it, maps it and writes the canonical workbook with the risks in tblRisks (formulas, ' +
    'validations, band colours), the Import Report and the original sheet kept. Peak RSS is the process maxRSS, ' +
    'including the Node + tsx baseline; CPU is user + system time of the child while measured (every thread: zlib ' +
    `deflates on its own), steadier than wall time on a shared machine.\n\n${t}\n`,
);
