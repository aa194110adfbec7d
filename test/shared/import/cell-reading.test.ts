import { describe, expect, it } from 'vitest';
import { readCell, readIds } from '../../../shared/import/cell-reading';
import { profileColumn } from '../../../shared/import/column-profile';
import { importWorkbook } from '../../../shared/import/import-workbook';
import { sheetView } from '../../../shared/import/sheet-view';
import { sheet, workbook } from './fixtures';

describe('readCell', () => {
  it('reads what a value says whatever its column', () => {
    expect(readCell('A.5.15').ids).toMatchObject({ annex2022: true, clauseId: false });
    expect(readCell('9.2').ids).toMatchObject({ annex2022: false, clauseId: true });
    expect(readCell('R-001').shortCode).toBe(true);
    expect(readCell('Jana Nováková')).toMatchObject({ name: true, yesNo: null });
    expect(readCell('Not Implemented')).toMatchObject({ implementation: true, name: false });
    expect(readCell('Major NC').findingType).toBe(true);
    expect(readCell('Yes / No').option).toBe('yesNo');
    expect(readCell(45_000).date).toBe(true);
    expect(readCell('A.5.15, A.8.2').list).toBe(true);
  });

  it('gives the same reading for the same value every time', () => {
    expect(readCell('Partially implemented')).toBe(readCell('Partially implemented'));
    expect(readCell(1)).not.toBe(readCell('1'));
  });

  it('reads a number through its display text (8.20 shown for a stored 8.2)', () => {
    expect(readIds(8.2, '8.20')).toMatchObject({ annex2022: true });
  });

  it('reads TRUE and FALSE cells as no id (a boolean is not text)', () => {
    expect(readIds(true, undefined)).toMatchObject({ annex2022: false, clauseId: false });
    expect(readCell(false).yesNo).toBe(false);
  });
});

describe('profileColumn', () => {
  it('counts a column of booleans as yes/no answers', () => {
    const v = sheetView(sheet({ rows: [['Accepted'], [true], [false], [true]] }));
    expect(profileColumn(v, 1, 2, 4)).toMatchObject({ filled: 3, yesNo: 3, no: 1, ints: 0 });
  });
});

describe('a register with boolean cells', () => {
  it('imports (a TRUE/FALSE column is data, not a reason to fail)', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Accepted'],
          ['R-1', 'Phishing', 3, 4, true],
          ['R-2', 'Malware', 2, 2, false],
        ],
      }),
    );
    expect(r.sheets[0].kind).toBe('risks');
    expect(r.tables.tblRisks?.map((x) => x['Risk ID'])).toEqual(['R-1', 'R-2']);
  });
});
