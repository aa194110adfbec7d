/**
 * The data rows under a header block: blank and formula-only rows skipped, category/section rows
 * set aside, vertically merged cells filled down, and a legend or notes block below the data
 * (after a gap) left out. The rows are walked once to find the blocks of non-empty rows, and once
 * more to read them; a row is its number, its fields are read by column (field-cells.ts).
 */
import { asText, isBlank } from '../grid/cell';
import type { SheetView } from './sheet-view';
import { DataRow, FieldCells, isPlaceholder } from './field-cells';
import { headerRowTest, isSectionRow } from './row-kinds';
import { anchorColumn, continuesData, stackedTables } from './data-gaps';
import type { ColumnMapping, DroppedItem } from './types';

export { DataRow, PLACEHOLDER } from './field-cells';

export type DataRows = { readonly rows: DataRow[]; readonly dropped: DroppedItem[] };

/** Runs of non-empty rows (first and last row of each), and the span of formula-only rows. */
type RowScan = { readonly blocks: number[]; readonly formulaRun: [number, number] | null };

export function readDataRows(
  v: SheetView,
  headerBottom: number,
  columns: readonly ColumnMapping[],
): DataRows {
  const cells = new FieldCells(v, columns);
  const mappedCols = cells.mapped;
  const rows: DataRow[] = [];
  const dropped: DroppedItem[] = [];
  const drop = (first: number, last: number, reason: string) =>
    dropped.push({
      sheet: v.name,
      rows: [first, last],
      cell: null,
      value: firstText(v, first),
      reason,
    });
  const { blocks, formulaRun } = scanRows(v, headerBottom);
  const repeatsHeader = memoRows(headerBottom + 1, v.bottom, headerRowTest(v, columns));
  const filled = (r: number) => {
    let n = 0;
    for (const c of mappedCols) if (!isBlank(v.getMerged(r, c, true, false))) n++;
    return n;
  };
  const anchor = anchorColumn(v, cells, rows);
  const stackedFrom = stackedTables(blocks, repeatsHeader);
  let placeholders = 0;
  let example: string | null = null;
  for (let i = 0; i < blocks.length; i += 2) {
    const first = blocks[i];
    const last = blocks[i + 1];
    if (i > 0 && rows.length > 0 && !continuesData(v, first, last, anchor(), cells)) {
      // A table stacked further down (its header repeated) is read on; else the rest is notes.
      const stacked = stackedFrom(i + 2);
      const end = stacked ? last : v.bottom;
      drop(
        first,
        end,
        `notes or legend below the data after a gap (rows ${first}–${end}), not data`,
      );
      if (stacked) continue;
      break;
    }
    for (let r = first; r <= last; r++) {
      if (repeatsHeader(r))
        drop(r, r, 'the header repeated (tables stacked on one sheet), not a record');
      else if (isSectionRow(v, r, () => filled(r)))
        drop(r, r, 'section or category row (a heading inside the data, not a record)');
      else {
        rows.push(new DataRow(r, cells));
        for (const c of mappedCols) {
          const x = v.get(r, c);
          if (typeof x === 'string' && isPlaceholder(x)) {
            placeholders++;
            example ??= x;
          }
        }
      }
    }
  }
  if (placeholders > 0) {
    dropped.push({
      sheet: v.name,
      rows: null,
      cell: null,
      value: example,
      reason: `${placeholders} template placeholder cell(s) read as blank`,
    });
  }
  if (formulaRun) {
    dropped.push({
      sheet: v.name,
      rows: formulaRun,
      cell: null,
      value: null,
      reason: `rows holding only formula results (rows ${formulaRun[0]}–${formulaRun[1]}), treated as empty`,
    });
  }
  return { rows, dropped };
}

/**
 * One walk over the rows below the header: the blocks of non-empty rows (formula-only rows count
 * as empty) as first/last pairs, and the first and last rows holding only formula results.
 */
function scanRows(v: SheetView, headerBottom: number): RowScan {
  const blocks: number[] = [];
  let formulaRun: [number, number] | null = null;
  let start = 0;
  for (let r = headerBottom + 1; r <= v.bottom; r++) {
    let values = false;
    let formulas = false;
    for (let c = v.left; c <= v.right && !values; c++) {
      if (isBlank(v.get(r, c))) continue;
      if (v.isFormula(r, c)) formulas = true;
      else values = true;
    }
    if (values) {
      if (start === 0) start = r;
      continue;
    }
    if (start !== 0) blocks.push(start, r - 1);
    start = 0;
    if (formulas) formulaRun = formulaRun ? [formulaRun[0], r] : [r, r];
  }
  if (start !== 0) blocks.push(start, v.bottom);
  return { blocks, formulaRun };
}

/**
 * A test of the rows `from..to` remembered per row (the stacked-table look-ahead and the main
 * walk share it): 0 not yet known, 1 false, 2 true.
 */
function memoRows(from: number, to: number, test: (r: number) => boolean): (r: number) => boolean {
  const seen = new Uint8Array(Math.max(0, to - from + 1));
  return (r) => {
    const i = r - from;
    if (seen[i] === 0) seen[i] = test(r) ? 2 : 1;
    return seen[i] === 2;
  };
}

function firstText(v: SheetView, r: number): string | null {
  for (let c = v.left; c <= v.right; c++) {
    const t = asText(v.get(r, c));
    if (t) return t.length > 80 ? `${t.slice(0, 77)}…` : t;
  }
  return null;
}
