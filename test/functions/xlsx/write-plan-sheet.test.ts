/**
 * A register's calculated columns: a column whose formula cannot move from row to row is written
 * once as a shared formula (ECMA-376 Part 1, 18.3.1.40), the others in full in every cell, and a
 * second reader (exceljs) gets the same formula text back on every row either way. LibreOffice's
 * recalculation of shared formulas is checked in recalc.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mayShift } from '../../../functions/xlsx/write-shared-formulas';
import { cellXml, SharedStrings } from '../../../functions/xlsx/write-sheet-xml';
import { ColumnCells } from '../../../functions/xlsx/write-column-cells';
import { ByteSink, RowLabel } from '../../../functions/xlsx/write-bytes';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { riskFormulas } from '../../../shared/workbook/formulas';
import type { Cell } from '../../../shared/grid/grid';
import { reopen, sheetParts } from './write-support';

describe('mayShift', () => {
  it('sees A1 references outside quotes, inside brackets too', () => {
    expect(mayShift('A2*B2')).toBe(true);
    expect(mayShift('SUM($C$7:C9)')).toBe(true);
    // Column names that read as cells: exceljs shifts them in shared formulas.
    expect(mayShift('INDEX(tblMatrix[[I1]:[I5]],1,1)')).toBe(true);
  });

  it('leaves structured references, quoted text and function names alone', () => {
    expect(mayShift('tblRisks[[#This Row],[Inherent Score]]*2')).toBe(false);
    expect(mayShift('IF(X="A1","B2","")')).toBe(false);
    expect(mayShift('LOG10(tblRisks[[#This Row],[Impact]])')).toBe(false);
  });

  it('keeps the risk register formulas that name the matrix columns in full', () => {
    const f = riskFormulas(DEFAULT_METHODOLOGY);
    expect(mayShift(f.inherentScore)).toBe(true);
    expect(mayShift(f.residualScore)).toBe(true);
    expect(mayShift(f.inherentRating)).toBe(false);
    expect(mayShift(f.residualRating)).toBe(false);
  });
});

const rows = (n: number) =>
  Array.from({ length: n }, (_, k) => ({
    'Risk ID': `R-${k + 1}`,
    Likelihood: (k % 5) + 1,
    Impact: ((k * 3) % 5) + 1,
  }));

describe('calculated columns in the Risks sheet', () => {
  it('shares the rating formulas over every row and writes the scores in full', async () => {
    const bytes = await writeCanonicalWorkbook({ rows: { tblRisks: rows(5) } });
    const xml = sheetParts(bytes).Risks;
    const anchors = [
      ...xml.matchAll(/<c r="([A-Z]+)2"[^>]*><f t="shared" ref="([^"]+)" si="(\d)">/g),
    ];
    expect(anchors.map((m) => [m[1], m[2]])).toEqual([
      ['J', 'J2:J6'],
      ['U', 'U2:U6'],
    ]);
    expect(xml.match(/<f t="shared" si="\d"\/>/g)).toHaveLength(2 * 4);
    expect(xml.match(/<f>/g)).toHaveLength(2 * 5);

    const f = riskFormulas(DEFAULT_METHODOLOGY);
    const ws = (await reopen(bytes)).getWorksheet('Risks')!;
    for (let r = 2; r <= 6; r++) {
      expect(ws.getCell(r, 9).formula).toBe(f.inherentScore);
      expect(ws.getCell(r, 10).formula).toBe(f.inherentRating);
      expect(ws.getCell(r, 21).formula).toBe(f.residualRating);
    }
  });

  it('shares nothing on a one-row register', async () => {
    const bytes = await writeCanonicalWorkbook({ rows: { tblRisks: rows(1) } });
    expect(sheetParts(bytes).Risks).not.toContain('t="shared"');
  });
});

/** What `col` writes for `v` in sheet row `row`, as text. */
function written(col: ColumnCells, row: number, v: Cell): string {
  const sink = new ByteSink();
  const label = new RowLabel();
  label.set(row);
  col.write(sink, label, v);
  return Buffer.from(sink.take()).toString('utf8');
}

describe('ColumnCells', () => {
  it('writes each value as cellXml does', () => {
    const values: Cell[] = [
      'text',
      'été & <b>',
      '=SUM(A1)',
      '+1',
      42,
      0,
      -0,
      1234567890123,
      -0.5,
      1e21,
      2 ** 60,
      Infinity,
      NaN,
      true,
      false,
      null,
      '',
    ];
    for (const style of [0, 7]) {
      const sst = new SharedStrings((s) => s + 100);
      const same = new SharedStrings((s) => s + 100);
      const col = new ColumnCells(3, style, sst);
      for (const v of values) {
        expect(written(col, 12, v), String(v)).toBe(cellXml('C12', v, style, same));
        expect(col.writes(v), String(v)).toBe(cellXml('C12', v, style, same) !== '');
      }
    }
  });

  it('gives repeated and unique texts the indices and use count the workbook table would', () => {
    const sst = new SharedStrings();
    const plain = new SharedStrings();
    const status = new ColumnCells(1, 0, sst);
    const ids = new ColumnCells(2, 0, sst);
    for (let r = 1; r <= 10_000; r++) {
      const s = ['Open', 'In progress', 'Closed'][r % 3];
      expect(written(status, r, s)).toBe(cellXml(`A${r}`, s, 0, plain));
      expect(written(ids, r, `R-${r}`)).toBe(cellXml(`B${r}`, `R-${r}`, 0, plain));
    }
    expect(sst.count).toBe(plain.count);
    expect([...sst.xml()].join('')).toBe([...plain.xml()].join(''));
  });
});

describe('ByteSink digits', () => {
  it('writes row numbers and integers as their decimal text', () => {
    const label = new RowLabel();
    const sink = new ByteSink();
    const ns = [1, 9, 10, 99, 100, 12345, 1048576, 2 ** 53 - 1];
    for (const n of ns) {
      label.set(n);
      sink.small(label.digits, label.length);
      sink.text(',');
      sink.uint(n);
      sink.text(';');
    }
    expect(Buffer.from(sink.take()).toString()).toBe(ns.map((n) => `${n},${n};`).join(''));
  });
});
