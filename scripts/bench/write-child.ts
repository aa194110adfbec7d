/**
 * One write-side measurement in a fresh process (so peak memory is this approach's alone); prints
 * `BENCH_RESULT {json}`. Run by write.bench.ts.
 *
 *   npx tsx scripts/bench/write-child.ts validate|import|template|exceljs-stream N
 */
import { basename } from 'node:path';
import { Writable } from 'node:stream';
import { readWorkbookFile } from '../../functions/xlsx/read-file';
import { importSourceFile, sourceRow } from './make-import-source';

const AS_OF = '2025-06-30';
type Outcome = { bytes?: number; readMs?: number; importMs?: number; writeMs?: number };

/** The importer's canonical rows for risk `i`, as `isms template` would be given them. */
function canonicalRisk(i: number): Record<string, string | number> {
  const [id, asset, threat, vuln, desc, owner, l, imp, , treatment, controls, due, status] =
    sourceRow(i) as (string | number)[];
  return {
    'Risk ID': id,
    'Asset IDs': asset,
    Threat: threat,
    Vulnerability: vuln,
    Description: desc,
    'Risk Owner': owner,
    Likelihood: l,
    Impact: imp,
    Treatment: treatment,
    'Annex A Controls': controls,
    'Due Date': due,
    Status: status,
  };
}

const APPROACHES: Record<string, (n: number) => Promise<Outcome>> = {
  /** `isms validate` on the source file: read + assess. */
  validate: async (n) => {
    const { assess } = await import('../../shared/assess');
    const t0 = performance.now();
    const snap = await readWorkbookFile(importSourceFile(n));
    const readMs = performance.now() - t0;
    assess(snap, { asOf: AS_OF });
    return { readMs };
  },
  /** `isms import` on the same file: read + importWorkbook + the converted workbook's bytes. */
  import: async (n) => {
    const { importWorkbook } = await import('../../shared/import');
    const { convertedWorkbook } = await import('../../functions/import/convert-workbook');
    const t0 = performance.now();
    const snap = await readWorkbookFile(importSourceFile(n));
    const t1 = performance.now();
    const result = importWorkbook(snap);
    const t2 = performance.now();
    const bytes = await convertedWorkbook(result, snap.sheets);
    return {
      bytes: bytes.length,
      readMs: t1 - t0,
      importMs: t2 - t1,
      writeMs: performance.now() - t2,
    };
  },
  /** writeCanonicalWorkbook with N risks (the template with data; the importer's write). */
  template: async (n) => {
    const { writeCanonicalWorkbook } = await import('../../functions/xlsx/write-workbook');
    const rows = Array.from({ length: n }, (_, k) => canonicalRisk(k + 1));
    const t0 = performance.now();
    const bytes = await writeCanonicalWorkbook({ rows: { tblRisks: rows } });
    return { bytes: bytes.length, writeMs: performance.now() - t0 };
  },
  /** exceljs's streaming WorkbookWriter: the same risk rows and formulas, no tables or styles. */
  'exceljs-stream': async (n) => {
    const ExcelJS = (await import('exceljs')).default;
    const { riskFormulas } = await import('../../shared/workbook');
    const { RISKS } = await import('../../shared/workbook');
    const f = riskFormulas((await import('../../shared/risk')).DEFAULT_METHODOLOGY);
    const formula: Record<string, string> = {
      'Inherent Score': f.inherentScore,
      'Inherent Rating': f.inherentRating,
      'Residual Score': f.residualScore,
      'Residual Rating': f.residualRating,
    };
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done();
      },
    });
    const t0 = performance.now();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
    const ws = wb.addWorksheet('Risks');
    ws.addRow(RISKS.columns.map((c) => c.header)).commit();
    for (let i = 1; i <= n; i++) {
      const r = canonicalRisk(i);
      const values = RISKS.columns.map((c) =>
        formula[c.header] ? { formula: formula[c.header], result: '' } : (r[c.header] ?? null),
      );
      ws.addRow(values).commit();
    }
    ws.commit();
    await wb.commit();
    return { bytes, writeMs: performance.now() - t0 };
  },
};

const [approach, size] = process.argv.slice(2);
const run = APPROACHES[approach];
const n = Number(size);
if (!run || !(n > 0)) {
  process.stderr.write(`usage: write-child.ts ${Object.keys(APPROACHES).join('|')} N\n`);
  process.exit(2);
}
// Modules and the source file are loaded before the clock starts: cold loading is not compared.
const file = importSourceFile(n);
if (approach === 'exceljs-stream') await import('exceljs');
else {
  await import('../../shared/assess');
  await import('../../shared/import');
  await import('../../functions/import/convert-workbook');
}
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const outcome = await run(n);
const ms = performance.now() - t0;
// CPU time (user + system, every thread: zlib deflates on the thread pool) is steadier than wall
// time when other processes share the machine.
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `\nBENCH_RESULT ${JSON.stringify({ approach, n, ms, cpuMs, peakMb, file: basename(file), ...outcome })}\n`,
);
