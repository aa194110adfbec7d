/**
 * `isms gap-report FILES... --out report.(xlsx|html|json) [--as-of DATE] [--force]`: the gap
 * report of a set of workbooks, its format taken from the extension. Written atomically
 * (write-output.ts); an existing --out is refused unless --force, and an input file is never
 * overwritten.
 */
import { realpathSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { buildGapReport } from '../../../shared/gaps/build-gap-report';
import type { GapReport } from '../../../shared/gaps/types';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { renderGapReportHtml } from '../../reports/render-gap-report-html';
import { parseAsOf, parseOptions, readInputs, UsageError, type CliIo } from '../io';
import { outputExists, saveOutput, writeFailure } from '../write-output';

type Format = 'xlsx' | 'html' | 'json';
const FORMATS: Readonly<Record<string, Format>> = {
  '.xlsx': 'xlsx',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** The path with symlinks resolved when it exists, else just absolute. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

async function render(report: GapReport, format: Format): Promise<Uint8Array | string> {
  if (format === 'html') return renderGapReportHtml(report);
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const { writeGapReportXlsx } = await import('../../reports/write-gap-report-xlsx');
  return writeGapReportXlsx(report);
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    'as-of': { type: 'string' },
    force: { type: 'boolean' },
  });
  if (positionals.length === 0) throw new UsageError('no workbook given');
  const out = values.out;
  if (!out) throw new UsageError('--out report.xlsx, report.html or report.json is required');
  const format = FORMATS[extname(out).toLowerCase()];
  if (!format) throw new UsageError(`--out must end in .xlsx, .html or .json (got "${out}")`);
  if (positionals.some((p) => canonical(p) === canonical(out)))
    throw new UsageError(`--out ${out} is one of the input workbooks; choose another file name`);
  const asOf = parseAsOf(values['as-of'], io);
  const force = values.force === true;
  // Fail before the work when the answer is known; saveOutput checks again, atomically.
  if (!force && (await outputExists(out))) {
    io.stderr.write(`${out}: ${writeFailure('EEXIST')}\n`);
    return 2;
  }
  const inputs = await readInputs(positionals, io);
  if (inputs === null) return 2;
  const report = buildGapReport(
    inputs.map((i) => parseWorkbook(i.snapshot).workbook),
    { asOf },
  );
  const saved = await saveOutput(out, await render(report, format), force);
  if (saved !== 'ok') {
    io.stderr.write(`${out}: ${saved}\n`);
    return 2;
  }
  const s = report.summary;
  io.stdout.write(
    `Wrote ${out} (${format}): ${s.clauses.Conformant}/30 clauses conformant, ${s.controlGaps} control gap(s), ` +
      `${s.personDays} person-day(s) estimated, ${s.openAuditFindings} open audit finding(s).\n`,
  );
  return 0;
}
