/**
 * The values of one worksheet row with their column headers, for a finding shown in a browser
 * (there is no cell to select): the header row of the table holding the row, else the sheet's
 * first row. Display text is preferred where the host supplied it.
 */
import { cellAddress, parseRange } from '../../shared/grid';
import type { Cell, WorkbookSnapshot } from '../../shared/grid';

export type RowValues = { readonly headers: readonly string[]; readonly values: readonly Cell[] };

export function rowValues(
  snapshots: readonly WorkbookSnapshot[],
  workbook: string,
  sheet: string,
  row: number,
): RowValues | null {
  const wb = snapshots.find((s) => s.name === workbook) ?? snapshots[0];
  const sh = wb?.sheets.find((s) => s.name === sheet);
  if (!wb || !sh) return null;
  const at = (r: number, c: number): Cell =>
    sh.display?.[cellAddress(r, c)] ?? sh.rows[r - sh.origin.row]?.[c - sh.origin.col] ?? null;
  const table = wb.tables.find((t) => {
    const p = t.sheet === sheet ? parseRange(t.ref) : null;
    return p !== null && row >= p.start.row && row <= p.end.row;
  });
  const range = table ? parseRange(table.ref) : null;
  const first = range ? range.start.col : sh.origin.col;
  const width = range
    ? range.end.col - range.start.col + 1
    : Math.max(0, ...sh.rows.map((r) => r.length));
  const headRow = range ? range.start.row : sh.origin.row;
  const cols = Array.from({ length: Math.min(width, 60) }, (_, i) => first + i);
  const headers = cols.map((c, i) =>
    table?.hasHeaderRow === false
      ? (table.columns[i] ?? '')
      : String(at(headRow, c) ?? table?.columns[i] ?? ''),
  );
  return { headers, values: cols.map((c) => at(row, c)) };
}
