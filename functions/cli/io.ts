/**
 * Shared CLI plumbing: the io seam (so tests run main() in-process), option parsing with
 * node:util parseArgs, reading inputs with one-line errors, and the findings report (text/JSON).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  hasFindingsAtOrAbove,
  type Finding,
  type FindingSummary,
  type Severity,
} from '../../shared';
import { XlsxReadError } from '../../readers';
import { capFindings } from '../../shared/validation';
import { readWorkbookInput, type WorkbookInput } from '../xlsx/read-file';
import { findingsTable } from './findings-table';
import { inputBudget, type InputBudget } from './input-budget';

export type CliIo = {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  /** The clock, for the default --as-of (host side only; tests pass a fixed date). */
  readonly now?: () => Date;
};

/** Bad usage: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;
export type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>;

/** parseArgs in strict mode; unknown options and missing values become a UsageError. */
export function parseOptions<O extends Options>(args: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    // node's messages add advice after the first sentence ("To specify a positional…"); keep the reason.
    throw new UsageError(firstLine(e instanceof Error ? e.message : String(e)).split('. ')[0]);
  }
}

export function firstLine(s: string): string {
  return s.split('\n')[0].replace(/\s+/g, ' ').trim();
}

const SEVERITIES: readonly Severity[] = ['major', 'minor', 'observation'];

export function parseSeverity(v: string | undefined, fallback: Severity): Severity {
  if (v === undefined) return fallback;
  if ((SEVERITIES as readonly string[]).includes(v)) return v as Severity;
  throw new UsageError(`--fail-on must be one of major, minor, observation (got "${v}")`);
}

/** --as-of as a real calendar date `YYYY-MM-DD`, or today's local date from the host clock. */
export function parseAsOf(v: string | undefined, io: CliIo): string {
  if (v === undefined) return localIsoDate((io.now ?? (() => new Date()))());
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new UsageError(`--as-of must be a date written YYYY-MM-DD (got "${v}")`);
  }
  return v;
}

function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Reads every input; each unreadable one gets one line on stderr naming the file. Returns null
 * when any failed (the command then exits 2 without a verdict). The inputs of one command share
 * one read budget (input-budget.ts); pass the same `budget` to each call of one command.
 */
export async function readInputs(
  files: readonly string[],
  io: CliIo,
  budget: InputBudget = inputBudget(),
): Promise<WorkbookInput[] | null> {
  const out: WorkbookInput[] = [];
  let failed = false;
  for (const file of files) {
    if (budget.stopped) {
      // Reading on after a file over the limits could cost as much again per file, for no verdict.
      io.stderr.write(`${file}: not read, a file before it is too large to read safely\n`);
      failed = true;
      continue;
    }
    try {
      const input = await readWorkbookInput(file, { limits: budget.limits() }).catch((e) => {
        throw e instanceof XlsxReadError ? budget.explain(e) : e;
      });
      budget.charge(input.snapshot);
      out.push(input);
    } catch (e) {
      if (!(e instanceof XlsxReadError)) throw e;
      // The reader names the file by its base name; the CLI names it as the user typed it.
      io.stderr.write(`${file}: ${e.message.slice(e.file.length + 2)}\n`);
      failed = true;
    }
  }
  return failed ? null : out;
}

/** What `validate` and `check` share: FILES... [--json] [--as-of DATE] [--fail-on SEVERITY]. */
export type FindingsCommand = {
  readonly json: boolean;
  readonly asOf: string;
  readonly failOn: Severity;
  readonly inputs: WorkbookInput[];
};

/**
 * Parses the findings commands' options and reads their workbooks; null when an input was
 * unreadable (already reported on stderr: the command exits 2).
 */
export async function readFindingsCommand(
  args: string[],
  io: CliIo,
): Promise<FindingsCommand | null> {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean' },
    'as-of': { type: 'string' },
    'fail-on': { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('no workbook given');
  const failOn = parseSeverity(values['fail-on'], 'major');
  const asOf = parseAsOf(values['as-of'], io);
  const inputs = await readInputs(positionals, io);
  return inputs === null ? null : { json: values.json === true, asOf, failOn, inputs };
}

/**
 * Prints the findings (JSON, or the table plus `text`) and returns the exit code: 1 when any is
 * at or above --fail-on. The list is capped (capFindings: 100 per workbook and rule, 2,000 in
 * all, then one "and N more" finding per rule); the summary and the exit code count them all.
 */
export function reportFindings(
  cmd: FindingsCommand,
  names: readonly string[],
  findings: readonly Finding[],
  io: CliIo,
  text = '',
): number {
  const { asOf, failOn } = cmd;
  io.stdout.write(
    cmd.json
      ? findingsJson(findings, { workbooks: names.length, asOf, failOn })
      : `${tableOf(names, findings)}${text}`,
  );
  return hasFindingsAtOrAbove(findings, failOn) ? 1 : 0;
}

function tableOf(names: readonly string[], findings: readonly Finding[]): string {
  const capped = capFindings(findings);
  return findingsTable(names, capped.findings, capped.summary);
}

export type ReportSummary = FindingSummary & {
  /** Findings counted but not listed (the cap); 0 when every finding is listed. */
  readonly omitted: number;
  readonly workbooks: number;
  readonly asOf: string;
  readonly failOn: Severity;
};

/**
 * `--json`: `{"findings":[{rule,severity,workbook,sheet,cell,row,message}],"summary":{…}}`, the
 * list capped as in the text output, `summary.omitted` saying how many were not listed.
 */
export function findingsJson(
  findings: readonly Finding[],
  extra: Omit<ReportSummary, keyof FindingSummary | 'omitted'>,
): string {
  const capped = capFindings(findings);
  const list = capped.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    workbook: f.workbook,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    message: f.message,
  }));
  return `${JSON.stringify({ findings: list, summary: { ...capped.summary, ...extra } }, null, 2)}\n`;
}
