/** The CSV reader's budgets and line endings (#11.5). */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../readers/csv/read-csv';

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('readCsv bounds', () => {
  // Before: papaparse picked one line ending, so R-2 ended up inside R-1's Impact cell.
  it('never merges records whatever their line endings (\\r\\n, \\n, lone \\r)', () => {
    const { snapshot, findings } = readCsv('ID,Impact\r\nR-1,3\rR-2,4\nR-3,5\r\n', {
      name: 'm.csv',
    });
    expect(snapshot.sheets[0].rows).toEqual([
      ['ID', 'Impact'],
      ['R-1', 3],
      ['R-2', 4],
      ['R-3', 5],
    ]);
    expect(findings).toEqual([]);
  });

  it('keeps a line break inside a quoted field', () => {
    const rows = readCsv('ID,Note\r\nR-1,"two\r\nlines"\r\n', { name: 'q.csv' }).snapshot.sheets[0]
      .rows;
    expect(rows[1]).toEqual(['R-1', 'two\nlines']);
  });

  // Before: one CSV-MALFORMED-ROW for three damaged rows (the merged ones hid the others).
  it('reports every damaged record, in row order', () => {
    const { findings } = readCsv('a,b,c\n1,2\r3,4,5,6\r\n7\n8,9,10\n', { name: 'd.csv' });
    expect(findings.map((f) => f.row)).toEqual([2, 3, 4]);
  });

  it('charges blank fields and blank lines to the budgets', () => {
    expect(
      thrown(() => readCsv(',,,\n,,,\n', { name: 'c.csv', limits: { maxCells: 7 } })).message,
    ).toBe('c.csv: too large to read safely; more than 7 cells');
    expect(
      thrown(() => readCsv('a\n\n\n\n', { name: 'r.csv', limits: { maxRows: 3 } })).message,
    ).toBe('r.csv: too large to read safely; more than 3 rows');
  });

  // Before: "16385 is out of bounds" from the writer, far from the file.
  it('refuses a record wider than 16,384 fields, naming the file and the row', () => {
    const wide = `${'x,'.repeat(20_000)}x\n`;
    expect(thrown(() => readCsv(`a\n${wide}`, { name: 'w.csv' })).message).toBe(
      'w.csv: too large to read safely; row 2 has 20,001 fields; at most 16,384 columns are read',
    );
  });
});
