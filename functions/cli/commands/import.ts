/**
 * `isms import FILE --out FILE.xlsx [--map mapping.json] [--json] [--force]`: converts any ISO 27001
 * workbook (xlsx, xlsm or CSV) into the canonical workbook. Every original sheet is kept beside
 * the tables ("Original - …") and an "Import Report" sheet says what went where, with what
 * confidence, what was migrated and what was left out and why. A canonical workbook is copied
 * through unchanged. `--json` prints the mapping used (editable, for --map) and a summary.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  importWorkbook,
  parseImportMapping,
  type Finding,
  type ImportMapping,
  type ImportResult,
  type WorkbookSnapshot,
} from '../../../shared';
import { checkImportBudget, XlsxReadError } from '../../../readers';
import { convertedWorkbook, REPORT_SHEET } from '../../import/convert-workbook';
import { readStreamBounded } from '../../xlsx/read-file';
import { parseOptions, readInputs, UsageError, type CliIo } from '../io';
import { capFindings } from '../../../shared/validation';
import { outputExists, saveOutput, writeFailure } from '../write-output';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    map: { type: 'string' },
    json: { type: 'boolean' },
    force: { type: 'boolean' },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0 ? 'no workbook given' : 'import takes one workbook at a time',
    );
  const file = positionals[0];
  const out = values.out;
  if (!out) throw new UsageError('--out FILE.xlsx is required');
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file (got "${out}")`);
  if (resolve(out) === resolve(file))
    throw new UsageError(
      `--out must not be the input file (${file}); the original is never overwritten`,
    );
  // Fail before a long conversion when the answer is known; saveOutput checks again, atomically.
  if (values.force !== true && (await outputExists(out))) {
    io.stderr.write(`${out}: ${writeFailure('EEXIST')}\n`);
    return 2;
  }
  const mapping = values.map ? await readMapping(values.map, io) : undefined;
  if (mapping === null) return 2;
  const inputs = await readInputs([file], io);
  if (inputs === null) return 2;
  const { snapshot, findings: readFindings } = inputs[0];
  if (!withinImportBudget(file, snapshot, io)) return 2;
  const result = importWorkbook(snapshot, { mapping });
  const bytes = result.canonical
    ? await readFile(file)
    : await convertedWorkbook(result, snapshot.sheets);
  const saved = await saveOutput(out, bytes, values.force === true);
  if (saved !== 'ok') {
    io.stderr.write(`${out}: ${saved}\n`);
    return 2;
  }
  const findings = [...readFindings, ...result.findings];
  io.stdout.write(
    values.json ? jsonReport(result, findings, out) : textReport(result, findings, out),
  );
  return nothingImported(result, io) ? 1 : 0;
}

/**
 * The import limits (readers/limits.ts): over one, one line naming the file, the sheet and the
 * limit, as for a file over a read budget, and nothing is written.
 */
function withinImportBudget(file: string, snapshot: WorkbookSnapshot, io: CliIo): boolean {
  try {
    checkImportBudget(snapshot);
    return true;
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    io.stderr.write(`${file}: ${e.message.slice(e.file.length + 2)}\n`);
    return false;
  }
}

/** Sheets listed one per line (the report and the nothing-imported reasons); the rest are counted. */
const MAX_SHEET_LINES = 50;

/**
 * Exit 1 when no sheet gave a single canonical row (the output holds the originals and the
 * report only), with one line per sheet on stderr saying why.
 */
function nothingImported(result: ImportResult, io: CliIo): boolean {
  if (result.canonical || Object.values(result.tables).some((rows) => (rows?.length ?? 0) > 0))
    return false;
  io.stderr.write(`${result.workbook}: nothing was imported\n`);
  // One line per sheet, up to a screenful: a workbook of 10,000 sheets once printed 300 KB here.
  for (const s of result.sheets.slice(0, MAX_SHEET_LINES)) {
    const why = s.explanation ?? s.reason;
    io.stderr.write(`  ${s.sheet}: ${s.kind === 'other' ? '' : `${s.kind}, 0 rows: `}${why}\n`);
  }
  const more = result.sheets.length - MAX_SHEET_LINES;
  if (more > 0) io.stderr.write(`  … and ${more} more sheet${more === 1 ? '' : 's'}\n`);
  return true;
}

/** Largest mapping file read (a mapping is a few KB). */
const MAX_MAPPING_BYTES = 4 * 1024 * 1024;

/** The mapping file, checked; null (after one line on stderr) when unreadable or invalid. */
async function readMapping(path: string, io: CliIo): Promise<ImportMapping | null> {
  let json: unknown;
  try {
    const info = await stat(path);
    // A mapping is a few KB; `--map /dev/zero` once read 600 MB before failing as "not valid JSON".
    const tooBig = () => Object.assign(new Error('too big'), { code: 'over 4 MB' });
    if (info.size > MAX_MAPPING_BYTES) throw tooBig();
    const bytes = info.isFile()
      ? await readFile(path)
      : await readStreamBounded(path, MAX_MAPPING_BYTES, tooBig);
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    const code = (e as { code?: string }).code;
    io.stderr.write(
      `${path}: ${code === 'ENOENT' ? 'mapping file not found' : code ? `cannot read the mapping file (${code})` : 'not valid JSON'}\n`,
    );
    return null;
  }
  const checked = parseImportMapping(json);
  if (!checked.ok) {
    io.stderr.write(`${path}: invalid mapping: ${checked.error}\n`);
    return null;
  }
  return checked.mapping;
}

function summaryOf(result: ImportResult, findings: readonly Finding[], out: string) {
  return {
    workbook: result.workbook,
    out,
    canonical: result.canonical,
    sheets: result.sheets.map((s) => ({
      sheet: s.sheet,
      kind: s.kind,
      confidence: s.confidence,
      rows: s.rowsOut,
      edition: s.edition,
      explanation: s.explanation,
    })),
    rows: Object.fromEntries(
      Object.entries(result.tables).map(([t, rows]) => [t, rows?.length ?? 0]),
    ),
    migrated: result.migrations.filter((m) => !m.toConfirm).length,
    toConfirm: result.migrations.filter((m) => m.toConfirm).length,
    missingControls: result.missingControls.map((c) => `A.${c}`),
    dropped: result.dropped.length,
    findings: findings.length,
  };
}

/** The findings list is capped (capFindings) like validate's; `summary.findings` counts them all. */
function jsonReport(result: ImportResult, findings: readonly Finding[], out: string): string {
  const listed = capFindings(findings).findings;
  return `${JSON.stringify({ mapping: result.mapping, summary: summaryOf(result, findings, out), findings: listed }, null, 2)}\n`;
}

function textReport(result: ImportResult, findings: readonly Finding[], out: string): string {
  if (result.canonical)
    return `Wrote ${out}: ${result.workbook} is already a canonical ISMS workbook; copied unchanged\n`;
  const lines = [`Wrote ${out} from ${result.workbook}:`];
  for (const s of result.sheets.slice(0, MAX_SHEET_LINES)) {
    const what =
      s.kind === 'other'
        ? 'kept as original only'
        : `${s.kind}, ${s.rowsOut} row(s), confidence ${s.confidence}${s.edition !== 'none' ? `, ${s.edition} numbering` : ''}`;
    lines.push(`  ${s.sheet}: ${what}${s.explanation ? ` — ${s.explanation}` : ''}`);
  }
  const more = result.sheets.length - MAX_SHEET_LINES;
  if (more > 0) lines.push(`  … and ${more} more sheet(s), listed in the "${REPORT_SHEET}" sheet`);
  const confirm = result.migrations.filter((m) => m.toConfirm).length;
  if (result.migrations.length > confirm)
    lines.push(
      `  ${result.migrations.length - confirm} control id(s) migrated to ISO/IEC 27001:2022`,
    );
  if (confirm)
    lines.push(
      `  ${confirm} weak title match(es) listed "to confirm" in the "${REPORT_SHEET}" sheet, not applied`,
    );
  if (result.missingControls.length)
    lines.push(`  ${result.missingControls.length} Annex A 2022 control(s) missing from the SoA`);
  if (result.dropped.length)
    lines.push(
      `  ${result.dropped.length} item(s) not imported (listed in the "${REPORT_SHEET}" sheet; kept in the original sheets)`,
    );
  for (const f of capFindings(findings).findings)
    lines.push(
      `  [${f.severity}] ${f.rule}${f.sheet ? ` ${f.sheet}` : ''}${f.row ? ` row ${f.row}` : ''}: ${f.message}`,
    );
  return `${lines.join('\n')}\n`;
}
