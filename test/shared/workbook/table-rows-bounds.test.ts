/**
 * readTable costs what the sheet holds, not what the table ref declares (#11.1, #11.2): the ref
 * is clipped to the columns present and rows are walked only over the cells they have.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, WorkbookSnapshot } from '../../../shared/grid/grid';
import { readTable } from '../../../shared/workbook/table-rows';

const COLUMNS = [{ key: 'id', header: 'ID' }];

function snapshot(rows: Cell[][], ref: string, columns: string[] = ['ID']): WorkbookSnapshot {
  return {
    name: 'r.xlsx',
    sheets: [{ name: 'Risks', origin: { row: 1, col: 1 }, rows }],
    tables: [{ name: 'tblRisks', sheet: 'Risks', ref, hasHeaderRow: true, columns }],
  };
}

const query = { table: 'tblRisks', sheet: 'Risks', columns: COLUMNS };

describe('readTable over a full-sheet ref', () => {
  // Before: 40,000 records × 16,384 slots (655 M) — the heap ran out.
  it('clips A1:XFD1048576 to the one column present over 40,000 rows', () => {
    const rows: Cell[][] = [['ID'], ...Array.from({ length: 40_000 }, (_, i) => [`R-${i}`])];
    const t = readTable(snapshot(rows, 'A1:XFD1048576'), query);
    expect(t?.headers).toEqual(['ID']);
    expect(t?.records).toHaveLength(40_000);
    expect(t?.records[0].values).toEqual(['R-0']);
  });

  // Before: 1,048,575 rows × 16,384 columns walked slot by slot (~17 billion steps).
  it('walks only the cells present when one cell sits at XFD1048576', () => {
    const rows: Cell[][] = Array.from({ length: 1_048_576 }, () => []);
    rows[0] = ['ID'];
    rows[1_048_575] = Object.assign(new Array<Cell>(16_384).fill(null), { 16383: 1 });
    const t = readTable(snapshot(rows, 'A1:XFD1048576', []), query);
    expect(t?.headers).toHaveLength(16_384);
    expect(t?.records.map((r) => r.row)).toEqual([1_048_576]);
  });

  it('keeps named columns past the last filled one (the table definition names them)', () => {
    const t = readTable(snapshot([['ID'], ['R-1']], 'A1:C2', ['ID', 'Owner', 'Notes']), query);
    expect(t?.headers).toEqual(['ID', 'Owner', 'Notes']);
    expect(t?.records[0].values).toEqual(['R-1', null, null]);
  });
});
