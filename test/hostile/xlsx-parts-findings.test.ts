/**
 * Hostile xlsx parts read in-process (no resource bound is asserted here, so no child process):
 * what was silently misread is now a finding, and what already held stays held.
 */
import { describe, expect, it } from 'vitest';
import { readWorkbookBytes, XlsxReadError } from '../../readers';
import * as parts from './fixtures/hostile-parts';
import * as wb from './fixtures/hostile-workbook';

const read = (name: string, bytes: Uint8Array) => readWorkbookBytes(bytes, { name });

function reason(bytes: Uint8Array): string {
  try {
    read('x.xlsx', bytes);
  } catch (e) {
    if (e instanceof XlsxReadError) return e.message;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

describe('damage that was read silently is now reported', () => {
  // Before: t="s" indexes past the end, negative, 1e30 or not a number read as blank, unsaid.
  it('shared-string indexes the file does not hold: one WB-MISSING-PART, counted, first cell named', () => {
    const { findings } = read('refs.xlsx', parts.badStringIndexes());
    const missing = findings.filter((f) => f.rule === 'WB-MISSING-PART');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ sheet: 'Risks', cell: 'D2', row: 2 });
    expect(missing[0].message).toContain('5 cells of sheet "Risks" (the first D2)');
  });

  // Before: the first "tblRisks" (here a reversed ref) was read, the later ones ignored unsaid.
  it('three tables named tblRisks: the first keeps its name, the others are renamed and reported', () => {
    const { snapshot, findings } = read('tables.xlsx', wb.oddTables());
    const names = snapshot.tables.map((t) => t.name);
    expect(names).toEqual(['tblRisks', 'tblRisks_2', 'tblRisks_3', 'tblAssets']);
    const dup = findings.filter((f) => f.rule === 'WB-DUPLICATE-TABLE');
    expect(dup).toHaveLength(2);
    for (const f of dup)
      expect(f.message).toContain('two tables named "tblRisks" (both on sheet "Risks")');
    expect(dup[1].message).toContain('(A2:X6) was read as "tblRisks_3" and not checked');
  });

  // Before: A3 written twice kept the later value unsaid, and `r="0"` put its cells in row 1.
  it('cells written twice and rows numbered 0, past 1,048,576, or not numbers', () => {
    const { snapshot, findings } = read('cells.xlsx', wb.oddAddresses());
    const sheet = snapshot.sheets[0];
    expect(sheet.origin).toEqual({ row: 2, col: 1 });
    expect(sheet.rows).toEqual([
      [null, 4],
      [5, 10, 1],
    ]);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([['WB-DUPLICATE-CELL', 'A3']]);
  });
});

describe('hostile parts that held, and stay held', () => {
  it("1,000,000 shared strings; rich-text runs joined (1,000,000 of them: over one cell's limit)", () => {
    const many = read('many.xlsx', parts.millionSharedStrings()).snapshot.sheets[0];
    expect(many.rows[1][3]).toBe('x');
    const runs = read('runs.xlsx', parts.richRuns(30_000)).snapshot.sheets[0];
    expect(runs.rows[1][3]).toBe('z'.repeat(30_000));
    expect(reason(parts.richRuns())).toContain('cell D2 holds more than 32,767 characters');
  });

  it('values Excel never writes read as blank or as written, never as a crash', () => {
    const rows = read('values.xlsx', wb.oddValues()).snapshot.sheets[0].rows;
    expect(rows.slice(1, 13).map((r) => r[3] ?? null)).toEqual([
      null, // 1e309 overflows
      null, // NaN
      -0, // as written
      null, // 400 digits overflow
      1e300, // dates far outside Excel's range stay serial numbers; the checks judge them
      -1e300,
      2958466,
      false, // t="b" with 2
      '#REF!',
      '&#x0;\u0001\ud800\uffff', // NUL stays a reference; the writers drop what XML forbids
      '99999-99-99T99:99', // t="d" that is no date stays text
      1, // a 33,000-character formula's cached value
    ]);
  });

  it('relationships out of the package, to a URL or external: never followed, each reported', () => {
    const { snapshot, findings } = read('out.xlsx', wb.outsideTargets());
    expect(snapshot.sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['A', 0],
      ['B', 0],
      ['D', 0],
    ]);
    expect(findings.map((f) => f.sheet)).toEqual(['A', 'B']);
  });

  // Before: the comment's copy of the end-record signature was taken for the record: "damaged".
  it('a 64 KB archive comment holding the end-record signature reads', () => {
    expect(read('comment.xlsx', wb.zipLies('comment')).snapshot.sheets[0].rows).toEqual([[1]]);
  });

  it('100,000 merges over the whole sheet: kept as refs, never expanded', () => {
    const sheet = read('merges.xlsx', wb.manyMerges(100_000)).snapshot.sheets[0];
    expect(sheet.merges).toHaveLength(100_000);
    expect(sheet.rows).toEqual([[1]]);
  });

  it('a macro workbook reads (its vbaProject.bin is never opened); xlsb and ods are named', () => {
    expect(read('macro.xlsx', wb.otherPackage('xlsm')).snapshot.sheets[0].rows).toEqual([[1]]);
    expect(reason(wb.otherPackage('xlsb'))).toContain('it is a binary workbook (.xlsb)');
    expect(reason(wb.otherPackage('ods'))).toContain('OpenDocument file (.ods)');
  });

  it('a Zip64 size of 2^40 is refused from the directory; an empty file is named empty', () => {
    expect(reason(wb.zipLies('zip64'))).toContain('its parts inflate to more than 500 MB');
    expect(reason(new Uint8Array(0))).toContain('empty file');
  });
});
