import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../readers/ooxml/read-xlsx';
import { scanSheetPart } from '../../../readers/ooxml/sheet-stream';
import { scanSheet, type SheetContext } from '../../../readers/ooxml/sheet-xml';
import { parseStyles } from '../../../readers/ooxml/styles';
import type { ZipReader } from '../../../readers/ooxml/zip';
import { handWorkbook } from '../read-fixtures';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const N = 20_000;

function bigRows(p: string): string {
  const rows: string[] = [];
  for (let i = 1; i <= N; i++) {
    rows.push(
      `<${p}row r="${i}"><${p}c r="A${i}" t="inlineStr"><${p}is><${p}t>é東–${i}</${p}t></${p}is></${p}c><${p}c r="B${i}"><${p}v>${i}</${p}v></${p}c></${p}row>`,
    );
  }
  return rows.join('');
}

function expectRows(rows: readonly (readonly unknown[])[]): void {
  expect(rows).toHaveLength(N);
  rows.forEach((r, k) => {
    if (r[0] !== `é東–${k + 1}` || r[1] !== k + 1)
      expect([k, r]).toEqual([k, [`é東–${k + 1}`, k + 1]]);
  });
}

describe('readXlsx on sheets streamed in chunks', () => {
  it('reads every row when chunks split rows and multi-byte characters (stored part)', () => {
    const body = `<sheetData>${bigRows('')}</sheetData><mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells>`;
    const wb = readXlsx(handWorkbook({ sheets: [{ name: 'S', body }], level: 0 }), {
      name: 'big.xlsx',
    });
    expectRows(wb.sheets[0].rows);
    expect(wb.sheets[0].merges).toEqual(['C1:D2']);
  });

  it('reads every row of a prefixed (x:) sheet split across chunks (deflated part)', () => {
    const raw = `<x:worksheet xmlns:x="${NS}"><x:sheetData>${bigRows('x:')}</x:sheetData></x:worksheet>`;
    const wb = readXlsx(handWorkbook({ sheets: [{ name: 'S', body: '', raw }], level: 0 }), {
      name: 'big.xlsx',
    });
    expectRows(wb.sheets[0].rows);
    const deflated = readXlsx(handWorkbook({ sheets: [{ name: 'S', body: '', raw }] }), {
      name: 'big.xlsx',
    });
    expectRows(deflated.sheets[0].rows);
  });
});

describe('scanSheetPart', () => {
  const ctx = (): SheetContext => ({
    strings: ['shared'],
    styles: parseStyles(null),
    date1904: false,
    budget: { cellsLeft: 1e6, slotsLeft: 1e6 },
    overBudget: () => {
      throw new Error('over budget');
    },
  });
  /** A zip whose one part arrives in chunks of 1, 2, … 13 bytes: every cut position is hit. */
  const chunkedZip = (bytes: Uint8Array): ZipReader => ({
    names: ['s.xml'],
    has: () => true,
    size: () => bytes.length,
    read: () => bytes,
    stream(_path, onChunk) {
      for (let i = 0, n = 1; i < bytes.length; i += n, n = (n % 13) + 1)
        onChunk(bytes.slice(i, i + n));
      return true;
    },
  });
  const xml =
    `<x:worksheet xmlns:x="${NS}"><x:dimension ref="A1:C40"/><x:sheetData>` +
    Array.from({ length: 40 }, (_, k) => {
      const r = k + 1;
      return (
        `<x:row r="${r}" spans="1:3"><x:c r="A${r}" t="s"><x:v>0</x:v></x:c>` +
        `<x:c r="B${r}"><x:f>SUM(A1:A${r})&amp;"&lt;"</x:f><x:v>${r / 4}</x:v></x:c>` +
        `<x:c r="C${r}" t="inlineStr"><x:is><x:t>é–東${r}</x:t></x:is></x:c></x:row>`
      );
    }).join('') +
    '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="D1:E2"/></x:mergeCells></x:worksheet>';

  it('gives the same sheet whatever the chunk boundaries (tags, rows and UTF-8 sequences cut)', () => {
    const whole = scanSheet(xml, ctx());
    const chunked = scanSheetPart(chunkedZip(new TextEncoder().encode(xml)), 's.xml', ctx());
    expect(chunked).toEqual(whole);
    expect(whole.rows[39]).toEqual(['shared', 10, 'é–東40']);
    expect(whole.formulas).toHaveLength(40);
    expect(whole.merges).toEqual(['D1:E2']);
  });
});
