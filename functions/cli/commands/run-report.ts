/**
 * What every report command shares (`isms gap-report | review-pack | treatment-plan | soa-report
 * FILES... --out FILE [--as-of DATE] [--force]`): the format comes from the --out extension through the
 * report catalogue, the report is built and written by the report-writer registry, and the file
 * is written atomically beside its target (write-output.ts); an existing --out is refused unless
 * --force, and an input is never overwritten. The review pack's `--previous` workbooks are
 * compared with the current ones by the review-cycle diff (shared/diff) for "changes since the
 * last review".
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  FORMAT_INFO,
  formatFromFileName,
  formatsOf,
  type ReportKind,
} from '../../../shared/reports';
import { parseWorkbook } from '../../../shared/workbook';
import { produceReport } from '../../reports/report-writers';
import { parseAsOf, parseOptions, readInputs, UsageError, type CliIo } from '../io';
import { inputBudget } from '../input-budget';
import { changesBetween } from '../../../shared/diff';
import { outputExists, saveOutput, writeFailure } from '../write-output';

/** The path with symlinks resolved when it exists, else just absolute. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function extensions(kind: ReportKind): string {
  const list = formatsOf(kind).map((f) => `.${FORMAT_INFO[f].extension}`);
  return `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

export async function runReport(
  kind: ReportKind,
  args: string[],
  io: CliIo,
  opts: { previous?: boolean } = {},
): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    'as-of': { type: 'string' },
    force: { type: 'boolean' },
    ...(opts.previous ? { previous: { type: 'string', multiple: true } } : {}),
  });
  if (positionals.length === 0) throw new UsageError('no workbook given');
  const out = values.out;
  if (!out) throw new UsageError(`--out FILE is required, ending in ${extensions(kind)}`);
  const format = formatFromFileName(kind, out);
  if (!format) throw new UsageError(`--out must end in ${extensions(kind)} (got "${out}")`);
  const previous = ((values as { previous?: string[] }).previous ?? []) as string[];
  if ([...positionals, ...previous].some((p) => canonical(p) === canonical(out)))
    throw new UsageError(`--out ${out} is one of the input workbooks; choose another file name`);
  const asOf = parseAsOf(values['as-of'], io);
  const force = values.force === true;
  // Fail before the work when the answer is known; saveOutput checks again, atomically.
  if (!force && (await outputExists(out))) {
    io.stderr.write(`${out}: ${writeFailure('EEXIST')}\n`);
    return 2;
  }
  const budget = inputBudget();
  const inputs = await readInputs(positionals, io, budget);
  const before = previous.length ? await readInputs(previous, io, budget) : [];
  if (inputs === null || before === null) return 2;
  const snapshots = inputs.map((i) => i.snapshot);
  const workbooks = snapshots.map((s) => parseWorkbook(s).workbook);
  const changes = before.length
    ? changesBetween(
        before.map((i) => parseWorkbook(i.snapshot).workbook),
        workbooks,
        { asOf },
      )
    : null;
  const { output, summary } = await produceReport(kind, format, {
    workbooks,
    snapshots,
    asOf,
    changes,
  });
  const saved = await saveOutput(out, output, force);
  if (saved !== 'ok') {
    io.stderr.write(`${out}: ${saved}\n`);
    return 2;
  }
  io.stdout.write(`Wrote ${out} (${format}): ${summary}.\n`);
  return 0;
}
