/**
 * `isms diff OLD NEW... [--old FILE]... [--json] [--out diff.(html|xlsx|json)] [--as-of DATE]
 * [--previous-as-of DATE] [--force]`: what changed between two review cycles. The first file is
 * the previous cycle and the rest the current one; with `--old` (repeatable: a previous set) every
 * positional file is the current cycle. Exit 0 identical, 1 differences, 2 bad input.
 */
import { realpathSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { diffWorkbooks, type DiffResult } from '../../../shared/diff';
import { parseWorkbook } from '../../../shared/workbook';
import { diffJson, diffText, headline, renderDiffHtml } from '../../reports/diff/index';
import { parseAsOf, parseOptions, readInputs, UsageError, type CliIo } from '../io';
import { inputBudget } from '../input-budget';
import { saveOutput } from '../write-output';

type Format = 'xlsx' | 'html' | 'json';
const FORMATS: Readonly<Record<string, Format>> = {
  '.xlsx': 'xlsx',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

async function render(d: DiffResult, format: Format): Promise<Uint8Array> {
  if (format === 'html') return new TextEncoder().encode(renderDiffHtml(d));
  if (format === 'json') return new TextEncoder().encode(diffJson(d));
  const { writeDiffXlsx } = await import('../../reports/diff/write-diff-xlsx');
  return writeDiffXlsx(d);
}

function split(old: readonly string[], positionals: readonly string[]) {
  if (old.length > 0) {
    if (positionals.length === 0) throw new UsageError('no current workbook given');
    return { previous: old, current: positionals };
  }
  if (positionals.length < 2)
    throw new UsageError('give the previous workbook, then the current one(s)');
  return { previous: positionals.slice(0, 1), current: positionals.slice(1) };
}

function outputFormat(out: string | undefined, inputs: readonly string[]): Format | null {
  if (out === undefined) return null;
  const format = FORMATS[extname(out).toLowerCase()];
  if (!format) throw new UsageError(`--out must end in .html, .xlsx or .json (got "${out}")`);
  if (inputs.some((p) => canonical(p) === canonical(out)))
    throw new UsageError(`--out ${out} is one of the input workbooks; choose another file name`);
  return format;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    old: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'as-of': { type: 'string' },
    'previous-as-of': { type: 'string' },
  });
  const sides = split(values.old ?? [], positionals);
  const format = outputFormat(values.out, [...sides.previous, ...sides.current]);
  const asOf = parseAsOf(values['as-of'], io);
  const previousAsOf =
    values['previous-as-of'] === undefined ? asOf : parseAsOf(values['previous-as-of'], io);
  const budget = inputBudget();
  const before = await readInputs(sides.previous, io, budget);
  const after = await readInputs(sides.current, io, budget);
  if (before === null || after === null) return 2;
  const parse = (i: { snapshot: Parameters<typeof parseWorkbook>[0] }) =>
    parseWorkbook(i.snapshot).workbook;
  const d = diffWorkbooks(before.map(parse), after.map(parse), { asOf, previousAsOf });
  if (values.out !== undefined && format !== null) {
    const written = await saveOutput(values.out, await render(d, format), values.force === true);
    if (written !== 'ok') {
      io.stderr.write(`${values.out}: ${written}\n`);
      return 2;
    }
    io.stdout.write(`Wrote ${values.out} (${format}): ${headline(d)}\n`);
  } else {
    io.stdout.write(values.json ? diffJson(d) : diffText(d));
  }
  return d.identical ? 0 : 1;
}
