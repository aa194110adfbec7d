/**
 * One measurement in a fresh process (so peak memory is this approach's alone): reads the file,
 * parses it with one approach, prints `BENCH_RESULT {json}`. Run by ingest.bench.ts.
 *
 *   npx tsx scripts/bench/ingest-child.ts isms|isms-browser|exceljs|sheetjs FILE
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Cell, WorkbookSnapshot } from '../../shared';
import { normaliseExcelJsValue } from '../../functions/xlsx/exceljs-values';
import { readXlsx } from '../../readers';
import { readWorkbookFile } from '../../functions/xlsx/read-file';

const AS_OF = '2025-06-30';

type Outcome = { cells: number; findings?: number; readMs?: number };

function countCells(rows: readonly (readonly Cell[])[]): number {
  let n = 0;
  for (const r of rows) for (const c of r) if (c !== null && c !== undefined) n++;
  return n;
}

type Assess = typeof import('../../shared/assess').assess;
let assess: Assess | null = null;

function assessed(snap: WorkbookSnapshot, t0: number): Outcome {
  const readMs = performance.now() - t0;
  if (!assess) throw new Error('assess not loaded');
  const findings = assess(snap, { asOf: AS_OF }).findings.length;
  return { cells: snap.sheets.reduce((n, s) => n + countCells(s.rows), 0), findings, readMs };
}

const APPROACHES: Record<string, (file: string, t0: number) => Promise<Outcome>> = {
  /** This project on Node: readXlsx with zlib's inflate, then the shared assessment. */
  isms: async (file, t0) => assessed(await readWorkbookFile(file), t0),
  /** The browser path: readXlsx with fflate's inflate, then the shared assessment. */
  'isms-browser': async (file, t0) =>
    assessed(readXlsx(new Uint8Array(await readFile(file)), { name: basename(file) }), t0),
  exceljs: async (file) => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await readFile(file));
    let cells = 0;
    for (const ws of wb.worksheets) {
      const rows: Cell[][] = [];
      ws.eachRow((row, n) => {
        rows[n - 1] = (row.values as unknown[])
          .slice(1)
          .map((v) => normaliseExcelJsValue(v as never));
      });
      cells += countCells(rows.filter(Boolean));
    }
    return { cells };
  },
  sheetjs: async (file) => {
    const XLSX = await import('xlsx');
    const wb = XLSX.read(await readFile(file), { type: 'buffer' });
    let cells = 0;
    for (const name of wb.SheetNames) {
      cells += countCells(
        XLSX.utils.sheet_to_json<Cell[]>(wb.Sheets[name], { header: 1, raw: true, defval: null }),
      );
    }
    return { cells };
  },
};

const [approach, file] = process.argv.slice(2);
const run = APPROACHES[approach];
if (!run || !file) {
  process.stderr.write(`usage: ingest-child.ts ${Object.keys(APPROACHES).join('|')} FILE\n`);
  process.exit(2);
}
// Load the library before the clock starts: cold module loading is not what is compared.
if (approach === 'exceljs') await import('exceljs');
if (approach === 'sheetjs') await import('xlsx');
if (approach.startsWith('isms')) assess = (await import('../../shared/assess')).assess;
const t0 = performance.now();
const outcome = await run(file, t0);
const ms = performance.now() - t0;
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`\nBENCH_RESULT ${JSON.stringify({ approach, ms, peakMb, ...outcome })}\n`);
