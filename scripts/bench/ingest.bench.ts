/**
 * Ingest benchmark: registers of 1k, 10k and 100k risks (canonical tblRisks, 24 columns), each
 * read by this project (readXlsx + assess), by exceljs's full reader and by SheetJS, every run in
 * its own process so peak RSS belongs to one approach. Writes the table into docs/bench.md.
 *
 *   npm run bench            (or: npx tsx scripts/bench/ingest.bench.ts; BENCH_SIZES=1000,10000)
 */
import { resolve } from 'node:path';
import { runChild, writeBenchBlock } from './bench-kit';
import { registerFile } from './make-register';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const APPROACHES = ['isms', 'isms-browser', 'exceljs', 'sheetjs'] as const;
const LABELS: Record<string, string> = {
  isms: 'this project: readXlsx + assess (Node, zlib)',
  'isms-browser': 'this project: readXlsx + assess (browser path, fflate)',
  exceljs: 'exceljs full reader + normaliseExcelJsValue',
  sheetjs: 'SheetJS read + sheet_to_json(header:1)',
};
const CHILD = resolve('scripts/bench/ingest-child.ts');

type Result = {
  approach: string;
  ms: number;
  peakMb: number;
  cells: number;
  findings?: number;
  readMs?: number;
};
type Row = {
  size: number;
  approach: string;
  ms: number;
  readMs?: number;
  peakMb: number;
  cells: number;
  findings?: number;
  runs: number;
};

function once(approach: string, file: string): Result {
  return runChild<Result>(CHILD, [approach, file]);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(size: number, approach: string, file: string): Row {
  const runs = size <= 10_000 ? 3 : 1;
  const results = Array.from({ length: runs }, () => once(approach, file));
  const ms = median(results.map((r) => r.ms));
  const readMs =
    results[0].readMs === undefined ? undefined : median(results.map((r) => r.readMs ?? 0));
  const { cells, findings } = results[0];
  return {
    size,
    approach,
    ms,
    readMs,
    peakMb: Math.max(...results.map((r) => r.peakMb)),
    cells,
    findings,
    runs,
  };
}

function table(rows: readonly Row[]): string {
  const head =
    '| risks | approach | time (ms) | peak RSS (MB) | vs this project (time) | runs | cells read | findings |';
  const lines = [head, '|---:|---|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    const base = rows.find((x) => x.size === r.size && x.approach === 'isms');
    const ratio = base ? `${(r.ms / base.ms).toFixed(1)}×` : '';
    const time =
      r.readMs === undefined ? r.ms.toFixed(0) : `${r.ms.toFixed(0)} (read ${r.readMs.toFixed(0)})`;
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${LABELS[r.approach]} | ${time} | ${r.peakMb.toFixed(0)} | ${ratio} | ${r.runs} | ${r.cells.toLocaleString('en')} | ${r.findings ?? ''} |`,
    );
  }
  return lines.join('\n');
}

const rows: Row[] = [];
for (const size of SIZES) {
  process.stdout.write(`ingest: generating/using register of ${size} risks… `);
  const file = registerFile(size);
  process.stdout.write('measuring\n');
  for (const approach of APPROACHES) rows.push(measure(size, approach, file));
}
const t = table(rows);
process.stdout.write(`\n${t}\n`);
const when = new Date().toISOString().slice(0, 10);
writeBenchBlock(
  'ingest',
  `## Ingest: read + validate a risk register\n\nMeasured ${when} on ${process.platform} ${process.arch}, Node ${process.version}, ` +
    `by \`npm run bench\` (scripts/bench/ingest.bench.ts). Time: median of 3 fresh processes for ≤10k risks, one run ` +
    `for 100k; it starts after the library is loaded and includes reading the file. "read" is the readXlsx part of ` +
    `this project's time; the rest is \`assess\` (parse, validate, score, heat maps). Peak RSS is the process's ` +
    `maxRSS, including the Node + tsx baseline (~60–80 MB).\n\n${t}\n`,
);
