/**
 * CSV → WorkbookSnapshot (one sheet named after the file). Pure TS + papaparse (no Node APIs),
 * so the browser mode uses it too. Rows whose field count differs from the header's are kept as
 * they are — never silently shifted — and each is reported as a CSV-MALFORMED-ROW finding.
 * Bounded like the xlsx reader: fields (blank ones too), records and fields per record are
 * charged as they are parsed, so an oversized file stops with an error naming it and the limit.
 */
import Papa from 'papaparse';
import type { Cell, Finding, WorkbookSnapshot } from '../../shared';
import { readBudget } from '../budget';
import { readError } from '../errors';
import { count, DEFAULT_READ_LIMITS, type ReadLimits } from '../limits';
import { malformedRow, quoteProblem } from './csv-findings';
import { excelSeparatorHint, guessDelimiter, sheetNameFor } from './csv-text';

export { sheetNameFor } from './csv-text';

export type CsvReadResult = { readonly snapshot: WorkbookSnapshot; readonly findings: Finding[] };

export type ReadCsvOptions = { readonly name: string; readonly limits?: Partial<ReadLimits> };

/** Reads CSV text: BOM stripped, delimiter (comma, semicolon, tab, pipe) auto-detected. */
export function readCsv(text: string, opts: ReadCsvOptions): CsvReadResult {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...opts.limits };
  // One line ending for the whole text: papaparse guesses one from the first lines, so a file
  // mixing \r\n, \n and lone \r had records merged into one another's cells (#11).
  const all = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Excel's `sep=;` first line names the delimiter and is not a record: read as one, it became
  // the header and every row was reported malformed (#11).
  const hint = excelSeparatorHint(all);
  const body = hint === null ? all : all.slice(hint.length);
  const sheet = sheetNameFor(opts.name);
  const budget = readBudget(opts.name, limits);
  const raw: string[][] = [];
  const findings: Finding[] = [];
  Papa.parse<string[]>(body, {
    delimiter: hint?.delimiter ?? guessDelimiter(body),
    newline: '\n',
    skipEmptyLines: false,
    step(result) {
      const fields = result.data;
      const row = raw.length + 1;
      if (fields.length > limits.maxColumns) {
        const got = count(fields.length);
        const max = count(limits.maxColumns);
        throw readError(
          'too_large',
          opts.name,
          `row ${row} has ${got} fields; at most ${max} columns are read`,
        );
      }
      budget.row();
      budget.cells(fields.length);
      for (let k = 0; k < fields.length; k++)
        budget.cellText(fields[k].length, () => `row ${row} field ${k + 1}`);
      raw.push(fields);
      for (const e of result.errors)
        if (e.type === 'Quotes') findings.push(quoteProblem(opts.name, sheet, row, e.message));
    },
  });
  const rows = trimTrailingBlankRows(raw);
  const headerLen = rows.length > 0 ? rows[0].length : 0;
  rows.forEach((r, i) => {
    if (i === 0 || isBlankRow(r) || r.length === headerLen) return;
    findings.push(malformedRow(opts.name, sheet, i + 1, r.length, headerLen));
  });
  findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    snapshot: {
      name: opts.name,
      sheets: [{ name: sheet, origin: { row: 1, col: 1 }, rows: rows.map((r) => r.map(toCell)) }],
      tables: [],
    },
    findings,
  };
}

/** Numbers only when the text round-trips exactly (`5.10`, `007`, `1e3` stay text). */
function toCell(v: string): Cell {
  if (v.trim() === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(v) && String(Number(v)) === v) return Number(v);
  return v;
}

function isBlankRow(r: readonly string[]): boolean {
  return r.every((v) => v.trim() === '');
}

function trimTrailingBlankRows(data: string[][]): string[][] {
  let end = data.length;
  while (end > 0 && isBlankRow(data[end - 1])) end--;
  return end === data.length ? data : data.slice(0, end);
}
