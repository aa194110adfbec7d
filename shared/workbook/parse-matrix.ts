/**
 * The score matrix (tblMatrix) of the `matrix` formula: column `Likelihood` holds the level, then
 * one column per impact level headed `I1` … `In`. Cells that are not numbers become NaN so that
 * `validateMethodology` reports them.
 */
import type { WorkbookSnapshot } from '../grid/grid';
import { asInteger, asNumber } from '../grid/cell';
import { MATRIX_TABLE_NAME } from './canonical';
import { normalizeHeader } from './header-match';
import { readTable } from './table-rows';

/** Rows ordered by likelihood level, columns by impact level; null when there is no matrix table. */
export function readMatrix(snapshot: WorkbookSnapshot, sheet: string): number[][] | null {
  const t = readTable(snapshot, {
    table: MATRIX_TABLE_NAME,
    sheet,
    columns: [{ key: 'likelihood', header: 'Likelihood' }],
    stopAtBlank: true,
  });
  if (!t) return null;
  const impactCols: { level: number; index: number }[] = [];
  t.headers.forEach((h, index) => {
    const m = /^i(\d+)$/.exec(normalizeHeader(h));
    if (m) impactCols.push({ level: Number(m[1]), index });
  });
  impactCols.sort((a, b) => a.level - b.level);
  const li = t.index.get('likelihood');
  const rows = t.records.map((rec, pos) => ({
    level: (li === undefined ? null : asInteger(rec.values[li])) ?? pos + 1,
    values: impactCols.map((c) => asNumber(rec.values[c.index]) ?? Number.NaN),
  }));
  rows.sort((a, b) => a.level - b.level);
  return rows.map((r) => r.values);
}
