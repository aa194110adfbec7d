/**
 * Sheets appended after the canonical ones (the importer keeps the client's original sheets and
 * adds its import report): values exactly as given, text always as text, merges applied.
 */
import type { Grid } from '../../shared/grid';
import { cellAddress, parseRange, type RangePos } from '../../shared/grid';
import { ByteSink, RowLabel } from './write-bytes';
import type { XlsxPackage } from './write-package';
import { ColumnCells } from './write-column-cells';
import { sheetHead, sheetTail, type SharedStrings } from './write-sheet-xml';

const ROW_OPEN = Buffer.from('<row r="');
const ROW_GT = Buffer.from('">');
const ROW_CLOSE = Buffer.from('</row>');

export type ExtraSheet = {
  readonly name: string;
  readonly rows: Grid;
  readonly merges?: readonly string[];
};

const MAX_NAME = 31;

/**
 * A sheet name Excel accepts and the workbook does not hold yet: `[]:*?/\` become `_`, at most
 * 31 characters, no leading/trailing apostrophe, ` (2)` … appended on a clash (case-insensitive).
 */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  let base = wanted
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (base === '') base = 'Sheet';
  base = base.slice(0, MAX_NAME);
  const free = (n: string) => !taken.has(n.toLowerCase());
  if (free(base)) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = base.slice(0, MAX_NAME - suffix.length) + suffix;
    if (free(name)) return name;
  }
}

function widths(rows: Grid): number[] {
  const w: number[] = [];
  for (const row of rows.slice(0, 200)) {
    row.forEach((v, i) => {
      const len = v === null ? 0 : String(v).length;
      w[i] = Math.max(w[i] ?? 8, Math.min(60, len + 2));
    });
  }
  return w;
}

/** Merges that cover more than one cell and do not overlap an earlier one (Excel refuses those). */
function mergesOf(refs: readonly string[]): string[] {
  const kept: RangePos[] = [];
  const out: string[] = [];
  for (const ref of refs) {
    const r = parseRange(ref);
    if (!r || (r.start.row === r.end.row && r.start.col === r.end.col)) continue;
    const overlaps = kept.some(
      (k) =>
        k.start.row <= r.end.row &&
        r.start.row <= k.end.row &&
        k.start.col <= r.end.col &&
        r.start.col <= k.end.col,
    );
    if (overlaps) continue; // the values are kept, only the merge is dropped
    kept.push(r);
    out.push(`${cellAddress(r.start.row, r.start.col)}:${cellAddress(r.end.row, r.end.col)}`);
  }
  return out;
}

function* extraXml(sheet: ExtraSheet, sst: SharedStrings): Generator<string | Uint8Array> {
  const cols = widths(sheet.rows).map((width, i) => ({ col: i + 1, width, style: 0 }));
  yield sheetHead({ freeze: { rows: 0, cols: 0 }, gridLines: true, fitToPage: false, cols });
  const sink = new ByteSink();
  const columns: ColumnCells[] = [];
  const label = new RowLabel();
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    for (let c = 0; c < row.length; c++) columns[c] ??= new ColumnCells(c + 1, 0, sst);
    // A row of blank cells is left out, as Excel does.
    if (!row.some((v, c) => columns[c].writes(v))) continue;
    label.set(r + 1);
    sink.small(ROW_OPEN);
    sink.small(label.digits, label.length);
    sink.small(ROW_GT);
    // Strings are shared strings: `=SUM(A1)` stays text, never a formula.
    for (let c = 0; c < row.length; c++) columns[c].write(sink, label, row[c]);
    sink.small(ROW_CLOSE);
    if (sink.length > 1 << 19) yield sink.take();
  }
  yield sink.take();
  yield sheetTail({
    merges: mergesOf(sheet.merges ?? []),
    formats: [],
    validations: [],
    print: null,
    tables: 0,
  });
}

/** Adds the sheet under a free name (recorded in `taken`). */
export async function writeExtraSheet(
  pkg: XlsxPackage,
  sheet: ExtraSheet,
  taken: Set<string>,
  sst: SharedStrings,
): Promise<void> {
  const name = uniqueSheetName(sheet.name, taken);
  taken.add(name.toLowerCase());
  await pkg.sheet({ name }, extraXml(sheet, sst), []);
}
