/**
 * `npm run bench reports`: the time of every report export (gap report, management review pack,
 * risk treatment plan, SoA report, in each of their formats) on the benchmark registers of 1k and
 * 10k risks. One process: the register is read once per size, each export runs once to warm up
 * and is then timed (median of 3 at 1k, one run at 10k), build + write. Writes docs/bench.md.
 */
import { performance } from 'node:perf_hooks';
import { readWorkbookInput } from '../../functions/xlsx/read-file';
import { parseWorkbook } from '../../shared/workbook';
import { produceReport, type ReportInput } from '../../functions/reports/report-writers';
import { REPORT_KIND_IDS, REPORT_KINDS } from '../../shared/reports';
import { writeBenchBlock } from './bench-kit';
import { registerFile } from './make-register';

const SIZES = [1_000, 10_000];

async function time(
  kind: (typeof REPORT_KIND_IDS)[number],
  format: string,
  input: ReportInput,
  runs: number,
) {
  const f = format as Parameters<typeof produceReport>[1];
  let size = 0;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { output } = await produceReport(kind, f, input);
    ms.push(performance.now() - t0);
    size = typeof output === 'string' ? Buffer.byteLength(output) : output.byteLength;
  }
  ms.sort((a, b) => a - b);
  return { ms: ms[Math.floor(ms.length / 2)], kb: size / 1024 };
}

const lines = ['| risks | report | format | time (ms) | output (KB) |', '|---:|---|---|---:|---:|'];
for (const n of SIZES) {
  const file = registerFile(n);
  const snapshot = (await readWorkbookInput(file)).snapshot;
  const input: ReportInput = {
    workbooks: [parseWorkbook(snapshot).workbook],
    snapshots: [snapshot],
    asOf: '2025-06-30',
    changes: null,
  };
  for (const kind of REPORT_KIND_IDS)
    for (const format of REPORT_KINDS[kind].formats) {
      await produceReport(kind, format, input); // warm-up: lazy imports, JIT
      const r = await time(kind, format, input, n <= 1_000 ? 3 : 1);
      const line = `| ${n.toLocaleString('en')} | ${kind} | ${format} | ${r.ms.toFixed(0)} | ${r.kb.toFixed(0)} |`;
      process.stdout.write(`${line}\n`);
      lines.push(line);
    }
}

const when = new Date().toISOString().slice(0, 10);
const md =
  `## Reports: build + write each export\n\nMeasured ${when} on ${process.platform} ${process.arch}, Node ${process.version}, ` +
  'by `npm run bench reports` (scripts/bench/reports.bench.ts), on the ingest benchmark registers (every risk treated by "modify", so the treatment plan lists them all). ' +
  'Time from the parsed workbook to the bytes: the report is built (consolidation, validation, readiness where the report includes them) and written; reading the file is not included (see Ingest). ' +
  'Median of 3 after a warm-up at 1k, one run at 10k; the machine is shared, so compare rows of the same size.\n\n' +
  lines.join('\n');
writeBenchBlock('reports', md);
