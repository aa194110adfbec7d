import { describe, expect, it } from 'vitest';
import { checkImportBudget, XlsxReadError } from '../../readers';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../shared/grid';

const LIMITS = { maxRows: 10, maxCells: 40 };

function sheet(name: string, rows: Cell[][]): SheetSnapshot {
  return { name, origin: { row: 1, col: 1 }, rows };
}

function workbook(sheets: SheetSnapshot[], tables: WorkbookSnapshot['tables'] = []) {
  return { name: 'client.xlsx', sheets, tables };
}

const filled = (n: number, width = 2): Cell[][] =>
  Array.from({ length: n }, (_, i) => Array.from({ length: width }, () => `v${i}`));

function refusal(snapshot: WorkbookSnapshot): XlsxReadError {
  try {
    checkImportBudget(snapshot, LIMITS);
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error('expected the import budget to refuse the workbook');
}

describe('checkImportBudget: what one import may convert', () => {
  it('lets a workbook at the limits through', () => {
    expect(() => checkImportBudget(workbook([sheet('Risks', filled(10))]), LIMITS)).not.toThrow();
  });

  it('counts only rows and cells holding a value (blank rows and padding cost nothing)', () => {
    const rows: Cell[][] = [...filled(10), [null, '  ', null], [], ['', null]];
    expect(() => checkImportBudget(workbook([sheet('Risks', rows)]), LIMITS)).not.toThrow();
  });

  it('refuses one row too many: too_large, naming the file, the sheet and the limit', () => {
    const e = refusal(workbook([sheet('Risks', filled(11))]));
    expect(e.reason).toBe('too_large');
    expect(e.file).toBe('client.xlsx');
    expect(e.message).toBe(
      'client.xlsx: too large to import: sheet "Risks" goes over the import limit of 10 rows holding a value per workbook (the sheet holds 11 rows); split the workbook and import the parts',
    );
  });

  it('adds the sheets up and names the one that crosses the limit', () => {
    const e = refusal(workbook([sheet('A', filled(6)), sheet('B', filled(6))]));
    expect(e.message).toContain('sheet "B" goes over the import limit of 10 rows');
    expect(e.message).toContain('(12 rows up to this sheet)');
  });

  it('refuses a short, wide sheet by its cells', () => {
    const e = refusal(workbook([sheet('Wide', filled(5, 9))]));
    expect(e.message).toContain('import limit of 40 cells holding a value');
    expect(e.message).toContain('the sheet holds 45 cells');
  });

  it('lets a canonical workbook through whatever its size (it is copied, not converted)', () => {
    const canonical = workbook(
      [sheet('Risks', filled(50))],
      [
        {
          name: 'tblRisks',
          sheet: 'Risks',
          ref: 'A1:B50',
          hasHeaderRow: true,
          columns: ['a', 'b'],
        },
      ],
    );
    expect(() => checkImportBudget(canonical, LIMITS)).not.toThrow();
  });
});
