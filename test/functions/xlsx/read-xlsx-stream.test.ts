import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../functions/xlsx/ooxml/read-xlsx';
import { handWorkbook } from './read-fixtures';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const N = 20_000;

function bigRows(p: string): string {
  const rows: string[] = [];
  for (let i = 1; i <= N; i++) {
    rows.push(`<${p}row r="${i}"><${p}c r="A${i}" t="inlineStr"><${p}is><${p}t>é東–${i}</${p}t></${p}is></${p}c><${p}c r="B${i}"><${p}v>${i}</${p}v></${p}c></${p}row>`);
  }
  return rows.join('');
}

function expectRows(rows: readonly (readonly unknown[])[]): void {
  expect(rows).toHaveLength(N);
  rows.forEach((r, k) => {
    if (r[0] !== `é東–${k + 1}` || r[1] !== k + 1) expect([k, r]).toEqual([k, [`é東–${k + 1}`, k + 1]]);
  });
}

describe('readXlsx on sheets streamed in chunks', () => {
  it('reads every row when chunks split rows and multi-byte characters (stored part)', () => {
    const body = `<sheetData>${bigRows('')}</sheetData><mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells>`;
    const wb = readXlsx(handWorkbook({ sheets: [{ name: 'S', body }], level: 0 }), { name: 'big.xlsx' });
    expectRows(wb.sheets[0].rows);
    expect(wb.sheets[0].merges).toEqual(['C1:D2']);
  });

  it('reads every row of a prefixed (x:) sheet split across chunks (deflated part)', () => {
    const raw = `<x:worksheet xmlns:x="${NS}"><x:sheetData>${bigRows('x:')}</x:sheetData></x:worksheet>`;
    const wb = readXlsx(handWorkbook({ sheets: [{ name: 'S', body: '', raw }], level: 0 }), { name: 'big.xlsx' });
    expectRows(wb.sheets[0].rows);
    const deflated = readXlsx(handWorkbook({ sheets: [{ name: 'S', body: '', raw }] }), { name: 'big.xlsx' });
    expectRows(deflated.sheets[0].rows);
  });
});
