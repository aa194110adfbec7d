/**
 * CSV → WorkbookSnapshot (one sheet named after the file). Pure TS + papaparse (no Node APIs),
 * so the browser mode can use it too. Rows whose field count differs from the header's are kept
 * as they are — never silently shifted — and reported as CSV-MALFORMED-ROW findings.
 */
import Papa from 'papaparse';
import type { Cell, WorkbookSnapshot } from '../../shared/grid/grid';
import type { Finding } from '../../shared/validation/finding';
import { cellAddress } from '../../shared/grid/address';

export type CsvReadResult = { readonly snapshot: WorkbookSnapshot; readonly findings: Finding[] };

/** Reads CSV text: BOM stripped, delimiter (comma, semicolon, tab, pipe) auto-detected. */
export function readCsv(text: string, opts: { name: string }): CsvReadResult {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, {
    delimiter: guessDelimiter(body),
    skipEmptyLines: false,
  });
  const raw = trimTrailingBlankRows(parsed.data);
  const rows = raw.map((r) => r.map(toCell));
  const sheet = sheetNameFor(opts.name);
  const findings: Finding[] = [];
  const headerLen = raw.length > 0 ? raw[0].length : 0;
  raw.forEach((r, i) => {
    if (i === 0 || isBlankRow(r) || r.length === headerLen) return;
    findings.push(malformedRow(opts.name, sheet, i + 1, r.length, headerLen));
  });
  for (const e of parsed.errors) {
    if (e.type !== 'Quotes' || typeof e.row !== 'number') continue;
    findings.push({
      rule: 'CSV-MALFORMED-ROW',
      severity: 'not-checked',
      workbook: opts.name,
      sheet,
      cell: cellAddress(e.row + 1, 1),
      row: e.row + 1,
      message: `Row ${e.row + 1}: ${e.message}; the row was kept as read — check its quoting.`,
    });
  }
  return {
    snapshot: {
      name: opts.name,
      sheets: [{ name: sheet, origin: { row: 1, col: 1 }, rows }],
      tables: [],
    },
    findings,
  };
}

function malformedRow(
  workbook: string,
  sheet: string,
  row: number,
  got: number,
  want: number,
): Finding {
  const hint =
    got > want
      ? 'probably an unquoted delimiter inside a value; its cells were kept as read, not shifted'
      : 'its cells were kept as read, the missing ones are blank';
  return {
    rule: 'CSV-MALFORMED-ROW',
    severity: 'not-checked',
    workbook,
    sheet,
    cell: cellAddress(row, 1),
    row,
    message: `Row ${row} has ${got} fields but the header has ${want} (${hint}).`,
  };
}

/** Numbers only when the text round-trips exactly (`5.10`, `007`, `1e3` stay text). */
function toCell(v: string): Cell {
  if (v.trim() === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(v) && String(Number(v)) === v) return Number(v);
  return v;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter is the candidate that occurs most often (outside quotes) on the header line:
 * the header decides, so a decimal comma in the data (`1,5` in a semicolon file) cannot mislead.
 */
function guessDelimiter(body: string): string {
  const header = (body.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

function isBlankRow(r: readonly string[]): boolean {
  return r.every((v) => v.trim() === '');
}

function trimTrailingBlankRows(data: string[][]): string[][] {
  let end = data.length;
  while (end > 0 && isBlankRow(data[end - 1])) end--;
  return data.slice(0, end);
}

/** File stem as an Excel sheet name: no path, no extension, no `[]:*?/\`, at most 31 characters. */
export function sheetNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]+$/, '') || base;
  const clean = stem
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31);
  return clean || 'Sheet1';
}
