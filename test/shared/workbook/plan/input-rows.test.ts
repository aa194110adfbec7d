/**
 * The plan's register cells are the same whichever way a row spells its keys: in the table's
 * column order (the importer's rows, read in one pass), shuffled, or with other capitals.
 */
import { describe, expect, it } from 'vitest';
import { tableCells, tableColumns } from '../../../../shared/workbook/plan/input-rows';
import { RISKS } from '../../../../shared/workbook/canonical';
import { DEFAULT_METHODOLOGY } from '../../../../shared/risk/methodology';
import type { Cell } from '../../../../shared/grid/grid';

function inOrder(k: number): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  for (const c of RISKS.columns) row[c.header] = null;
  row['Risk ID'] = `R-${k}`;
  row.Likelihood = (k % 5) + 1;
  row.Impact = '3';
  row['Due Date'] = '2026-03-31';
  row.Status = k % 2 ? 'Open' : null;
  return row;
}

describe('tableCells', () => {
  const cols = tableColumns(RISKS, [inOrder(1)]);
  const rows = [1, 2, 3].map(inOrder);
  const cells = tableCells(RISKS, cols, rows, DEFAULT_METHODOLOGY, true);

  it('reads rows in column order and in any other order alike', () => {
    const shuffled = rows.map((r) => Object.fromEntries(Object.entries(r).reverse()));
    expect(tableCells(RISKS, cols, shuffled, DEFAULT_METHODOLOGY, true)).toEqual(cells);
    const lower = rows.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v])),
    );
    expect(tableCells(RISKS, cols, lower, DEFAULT_METHODOLOGY, true)).toEqual(cells);
  });

  it('normalises numbers and dates and scores every row', () => {
    const at = (h: string) => cols.findIndex((c) => c.header === h);
    expect(cells.map((r) => r[at('Impact')])).toEqual([3, 3, 3]);
    expect(typeof cells[0][at('Due Date')]).toBe('number');
    expect(cells.map((r) => r[at('Inherent Score')])).toMatchObject([
      { result: 6 },
      { result: 9 },
      { result: 12 },
    ]);
    expect(cells[0][at('Status')]).toBe('Open');
    expect(cells[1][at('Status')]).toBeNull();
  });
});
