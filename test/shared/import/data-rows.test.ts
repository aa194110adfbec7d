import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/grid/grid';
import { readDataRows } from '../../../shared/import/data-rows';
import { sheetView } from '../../../shared/import/sheet-view';
import { sheet } from './fixtures';

const HEADER = ['Asset name', 'Asset type', 'Asset owner'];
const columns = [
  { column: 'A', header: 'Asset name', field: 'name', confidence: 1 },
  { column: 'B', header: 'Asset type', field: 'type', confidence: 1 },
  { column: 'C', header: 'Asset owner', field: 'owner', confidence: 1 },
];

describe('readDataRows', () => {
  it('reads records separated by blank rows, tables stacked below, and leaves the legend out', () => {
    const rows: Cell[][] = [HEADER];
    for (let i = 1; i <= 300; i++) {
      rows.push([`Laptop ${i}`, 'Hardware', 'CIO'], []);
      if (i === 150) rows.push(['Second site'], [], HEADER);
    }
    rows.push(['Legend:', null, null], ['H = hardware', null, null]);
    const v = sheetView(sheet({ rows }));
    const { rows: data, dropped } = readDataRows(v, 1, columns);
    expect(data).toHaveLength(300);
    expect(data.map((r) => r.field('name'))).toEqual(
      Array.from({ length: 300 }, (_, i) => `Laptop ${i + 1}`),
    );
    expect(dropped.map((d) => d.reason.split(' (')[0])).toEqual([
      'notes or legend below the data after a gap',
      'the header repeated',
      'notes or legend below the data after a gap',
    ]);
    expect(dropped[2].value).toBe('Legend:');
  });
});
