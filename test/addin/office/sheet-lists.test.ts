/**
 * The Excel host's data-validation lists (addin/office/sheet-lists.ts and
 * read-sheet-lists.office.ts): probed per column, resolved from literal lists, ranges and
 * defined names, and handed to the importer as the xlsx reader hands it an xlsx file's lists.
 */
import { describe, expect, it } from 'vitest';
import { readActiveSheet } from '../../../addin/office/read-active-sheet.office';
import {
  columnList,
  commonListSource,
  listProbes,
  parseListSource,
} from '../../../addin/office/sheet-lists';
import { importWorkbook } from '../../../shared/import';
import { fakeWorkbook } from './fake-workbook';

const used = { rowIndex: 2, columnIndex: 1, rowCount: 101, columnCount: 2 };

describe('listProbes', () => {
  it('probes each column a quarter, half and three quarters down, never the first row', () => {
    expect(listProbes(used)).toEqual([
      [
        { row: 27, col: 1 },
        { row: 52, col: 1 },
        { row: 77, col: 1 },
      ],
      [
        { row: 27, col: 2 },
        { row: 52, col: 2 },
        { row: 77, col: 2 },
      ],
    ]);
    expect(listProbes({ ...used, rowCount: 3 })[0].map((p) => p.row)).toEqual([3, 4]);
    expect(listProbes({ ...used, rowCount: 2 })).toEqual([]);
    expect(listProbes({ ...used, columnCount: 500 })).toHaveLength(64);
  });
});

describe('commonListSource and parseListSource', () => {
  it('takes a list only when every probe of the column has the same one', () => {
    const list = { type: 'List', source: 'Yes,No' };
    expect(commonListSource([list, list])).toBe('Yes,No');
    expect(commonListSource([list, { type: 'None', source: null }])).toBeNull();
    expect(commonListSource([list, { type: 'List', source: 'A,B' }])).toBeNull();
    expect(commonListSource([])).toBeNull();
  });

  it('reads literal values, ranges with or without a sheet, and names; not formulas', () => {
    expect(parseListSource(' Yes , No ,')).toEqual({ kind: 'values', values: ['Yes', 'No'] });
    expect(parseListSource('Oui;Non')).toEqual({ kind: 'values', values: ['Oui', 'Non'] });
    expect(parseListSource('=$H$2:$H$6')).toEqual({ kind: 'range', sheet: null, address: 'H2:H6' });
    expect(parseListSource("='Lists 2026'!$A$1:$A$5")).toEqual({
      kind: 'range',
      sheet: 'Lists 2026',
      address: 'A1:A5',
    });
    expect(parseListSource('=Statuses')).toEqual({ kind: 'name', name: 'Statuses' });
    expect(parseListSource('=INDIRECT("x")')).toBeNull();
    expect(parseListSource('')).toBeNull();
  });

  it('covers the column from its first probe to the used range’s last row', () => {
    const probes = listProbes(used)[1];
    expect(columnList(probes, used, ['Yes', 'No'])).toEqual({
      sqref: 'C28:C103',
      values: ['Yes', 'No'],
    });
    expect(columnList(probes, used, [])).toBeNull();
  });
});

/** A register with headers nobody maps (unknown words) and a list on each scored column. */
function register(lists: Record<string, string>, names?: Record<string, string>) {
  const rows: unknown[][] = [['Ref', 'Zorb', 'Quix', 'Blat', 'Frob']];
  for (let i = 1; i <= 12; i++)
    rows.push([
      `R-${i}`,
      `Risk ${i} to the payroll data`,
      (i % 5) + 1,
      (i % 4) + 1,
      i % 2 ? 'Yes' : 'No',
    ]);
  return fakeWorkbook({
    name: 'Units.xlsx',
    sheets: [
      { name: 'Register', rows, lists },
      { name: 'Lists', rows: [['1'], ['2'], ['3'], ['4'], ['5']] },
    ],
    active: 'Register',
    names,
  });
}

describe('readActiveSheet with lists', () => {
  it('reads literal, range and named lists into the snapshot, no write made', async () => {
    const x = register(
      { 'C2:C13': '=Lists!$A$1:$A$5', 'D2:D13': '=Scale', 'E2:E13': 'Yes,No' },
      { Scale: '=Lists!$A$1:$A$5' },
    );
    const s = await readActiveSheet(x.ctx, { merges: false, lists: true });
    expect(s.sheets[0].validations).toEqual([
      { sqref: 'C4:C13', values: ['1', '2', '3', '4', '5'] },
      { sqref: 'D4:D13', values: ['1', '2', '3', '4', '5'] },
      { sqref: 'E4:E13', values: ['Yes', 'No'] },
    ]);
    expect(x.writes).toEqual([]);
  });

  it('leaves the lists out when not asked, and a name that does not exist is skipped', async () => {
    const x = register({ 'C2:C13': '=Missing', 'E2:E13': 'Yes,No' });
    expect((await readActiveSheet(x.ctx, { merges: false })).sheets[0].validations).toBeUndefined();
    const s = await readActiveSheet(x.ctx, { merges: false, lists: true });
    expect(s.sheets[0].validations).toEqual([{ sqref: 'E4:E13', values: ['Yes', 'No'] }]);
  });

  it('gives the importer the lists as evidence: the two scale columns become likelihood and impact', async () => {
    const x = register({ 'C2:C13': '=Lists!$A$1:$A$5', 'D2:D13': '=Lists!$A$1:$A$5' });
    const without = importWorkbook(await readActiveSheet(x.ctx, { merges: false }));
    const withLists = importWorkbook(await readActiveSheet(x.ctx, { merges: false, lists: true }));
    const field = (r: typeof without, col: string) =>
      r.sheets[0].columns.find((c) => c.column === col);
    expect(field(withLists, 'C')?.field).toBe('likelihood');
    expect(field(withLists, 'D')?.field).toBe('impact');
    expect(JSON.stringify(field(withLists, 'C'))).toMatch(/list/i);
    expect([field(without, 'C')?.field, field(without, 'D')?.field]).not.toEqual([
      'likelihood',
      'impact',
    ]);
  });
});
