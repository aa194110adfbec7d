/**
 * Sheets appended after the canonical ones (the importer keeps the client's original sheets and
 * adds its import report): values exactly as given, text always as text, merges applied.
 */
import type * as ExcelJS from 'exceljs';
import type { Grid } from '../../shared/grid/grid';
import { parseRange } from '../../shared/grid/address';

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

export function writeExtraSheet(wb: ExcelJS.Workbook, sheet: ExtraSheet, taken: Set<string>): void {
  const name = uniqueSheetName(sheet.name, taken);
  taken.add(name.toLowerCase());
  const ws = wb.addWorksheet(name);
  sheet.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      // exceljs stores strings as shared strings: `=SUM(A1)` stays text, never a formula.
      ws.getCell(r + 1, c + 1).value = v;
    });
  });
  widths(sheet.rows).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const ref of sheet.merges ?? []) {
    const range = parseRange(ref);
    if (!range || (range.start.row === range.end.row && range.start.col === range.end.col))
      continue;
    try {
      ws.mergeCells(range.start.row, range.start.col, range.end.row, range.end.col);
    } catch {
      // exceljs refuses overlapping merges; the values are kept, only the merge is dropped.
    }
  }
}
