import { describe, expect, it } from 'vitest';
import { readCsv, sheetNameFor } from '../../../readers/csv/read-csv';

describe('readCsv', () => {
  it('reads one sheet named after the file stem with strings and clean numbers', () => {
    const { snapshot, findings } = readCsv('ID,Likelihood,Id2\nR-1,4,5.10\n', {
      name: 'dir/risks.csv',
    });
    expect(snapshot.name).toBe('dir/risks.csv');
    expect(snapshot.sheets).toHaveLength(1);
    expect(snapshot.sheets[0].name).toBe('risks');
    expect(snapshot.sheets[0].rows).toEqual([
      ['ID', 'Likelihood', 'Id2'],
      ['R-1', 4, '5.10'],
    ]);
    expect(snapshot.tables).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('strips a byte-order mark and detects semicolons and tabs', () => {
    const semi = readCsv('\uFEFFa;b\n1,5;x\n', { name: 's.csv' }).snapshot.sheets[0].rows;
    expect(semi).toEqual([
      ['a', 'b'],
      ['1,5', 'x'],
    ]);
    const tab = readCsv('a\tb\nx\ty\n', { name: 't.csv' }).snapshot.sheets[0].rows;
    expect(tab).toEqual([
      ['a', 'b'],
      ['x', 'y'],
    ]);
  });

  it('keeps quoted commas inside one field', () => {
    const rows = readCsv('a,b\n"x, y",z\n', { name: 'q.csv' }).snapshot.sheets[0].rows;
    expect(rows[1]).toEqual(['x, y', 'z']);
  });

  it('keeps a row with too many fields as read and reports CSV-MALFORMED-ROW', () => {
    const text = 'ID,Name,Status\nA.8.11,Masking,Done\nA.8.12,DLP,email, endpoint\n';
    const { snapshot, findings } = readCsv(text, { name: 'soa.csv' });
    expect(snapshot.sheets[0].rows[2]).toEqual(['A.8.12', 'DLP', 'email', ' endpoint']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'CSV-MALFORMED-ROW',
      severity: 'not-checked',
      row: 3,
      cell: 'A3',
    });
    expect(findings[0].message).toContain('4 fields');
    expect(findings[0].message).toContain('header has 3');
  });

  it('reports a short row too but not blank lines', () => {
    const { findings } = readCsv('a,b,c\n1,2\n\n4,5,6\n\n', { name: 'x.csv' });
    expect(findings.map((f) => f.row)).toEqual([2]);
  });

  it('returns an empty sheet for empty text', () => {
    const { snapshot, findings } = readCsv('', { name: 'empty.csv' });
    expect(snapshot.sheets[0].rows).toEqual([]);
    expect(findings).toEqual([]);
  });
});

describe('sheetNameFor', () => {
  it('drops forbidden characters and truncates to 31 characters', () => {
    expect(sheetNameFor('C:\\data\\a[b]c.csv')).toBe('a_b_c');
    expect(sheetNameFor('x'.repeat(40) + '.csv')).toHaveLength(31);
  });
});
