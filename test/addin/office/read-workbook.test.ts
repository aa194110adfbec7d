import { describe, expect, it } from 'vitest';
import { makeReadWorkbook, readWorkbookIn } from '../../../addin/office/read-workbook.office';
import { makeRunExcel } from '../../../addin/office/run-excel';
import { fakeExcel } from './fake-excel';

const risks = [
  ['Risk ID', 'Risk Owner', 'Likelihood', 'Due Date'],
  ['R1', 'CIO', 3, 46022],
  ['R2', '', 'high', ''],
];
const method = [
  ['Setting', 'Value'],
  ['Score formula', 'Product'],
];

describe('readWorkbookIn', () => {
  it('reads each canonical table’s values into a snapshot laid out as on the sheet', async () => {
    const x = fakeExcel({
      name: 'register.xlsx',
      sheets: ['Risks', 'Methodology', 'Notes'],
      tables: [
        { name: 'tblRisks', sheet: 'Risks', address: 'A1:D3', values: risks },
        { name: 'tblMethod', sheet: 'Methodology', address: 'C2:D3', values: method },
        { name: 'MyOwnTable', sheet: 'Notes', address: 'A1:A2', values: [['x'], [1]] },
      ],
    });
    const snap = await readWorkbookIn(x.ctx);
    expect(snap.name).toBe('register.xlsx');
    expect(snap.tables.map((t) => [t.name, t.sheet, t.ref])).toEqual([
      ['tblRisks', 'Risks', 'A1:D3'],
      ['tblMethod', 'Methodology', 'C2:D3'],
    ]);
    const sheetRisks = snap.sheets.find((s) => s.name === 'Risks')!;
    expect(sheetRisks.rows).toEqual([
      ['Risk ID', 'Risk Owner', 'Likelihood', 'Due Date'],
      ['R1', 'CIO', 3, 46022],
      ['R2', null, 'high'],
    ]);
    const sheetMethod = snap.sheets.find((s) => s.name === 'Methodology')!;
    expect(sheetMethod.rows).toEqual([
      [],
      [null, null, 'Setting', 'Value'],
      [null, null, 'Score formula', 'Product'],
    ]);
    expect(snap.tables[0].columns).toEqual(['Risk ID', 'Risk Owner', 'Likelihood', 'Due Date']);
  });

  it('reads all tables with one values request when they fit under the request cap', async () => {
    const x = fakeExcel({
      sheets: ['Risks', 'Methodology'],
      tables: [
        { name: 'tblRisks', sheet: 'Risks', address: 'A1:D3', values: risks },
        { name: 'tblMethod', sheet: 'Methodology', address: 'A1:B2', values: method },
      ],
    });
    await readWorkbookIn(x.ctx);
    // tables list, table metadata, one values request
    expect(x.raw.syncs).toBe(3);
  });

  it('splits a large table into several requests under the cap', async () => {
    const rows = Array.from({ length: 12_001 }, (_, i) =>
      i === 0
        ? [
            'Risk ID',
            'Threat',
            'Impact',
            'Likelihood',
            'Owner',
            'Status',
            'Treatment',
            'Plan',
            'Controls',
            'Due',
          ]
        : Array.from({ length: 10 }, (_, c) => `r${i}c${c}`),
    );
    const x = fakeExcel({
      sheets: ['Risks'],
      tables: [{ name: 'tblRisks', sheet: 'Risks', address: 'A1:J12001', values: rows }],
    });
    const snap = await readWorkbookIn(x.ctx);
    expect(x.raw.syncs).toBe(2 + 2);
    expect(snap.sheets[0].rows).toHaveLength(12_001);
    expect(snap.sheets[0].rows[12_000][9]).toBe('r12000c9');
  });

  it('returns an empty snapshot for a workbook without canonical tables', async () => {
    const x = fakeExcel({ sheets: ['Sheet1'] });
    const snap = await makeReadWorkbook(makeRunExcel((batch) => batch(x.ctx)))();
    expect(snap).toEqual({ name: 'Book1.xlsx', sheets: [], tables: [] });
  });
});
