import { describe, expect, it } from 'vitest';
import { uniqueSheetName } from '../../../functions/xlsx/write-extra-sheets';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import { readXlsx } from '../../../readers';
import { sheetParts } from './write-support';

describe('uniqueSheetName', () => {
  it('makes a name Excel accepts and the workbook does not hold yet', () => {
    expect(uniqueSheetName('Risks', new Set(['risks']))).toBe('Risks (2)');
    expect(uniqueSheetName("'a/b*c?'", new Set())).toBe('a_b_c_');
    expect(uniqueSheetName('x'.repeat(40), new Set()).length).toBe(31);
  });
});

describe('extra sheets', () => {
  it('keeps every value, applies merges and drops a merge overlapping an earlier one', async () => {
    const bytes = await writeCanonicalWorkbook({
      extraSheets: [
        {
          name: 'Original - Register',
          rows: [
            ['Title', null, null],
            ['=1+1', 2, true],
          ],
          merges: ['A1:C1', 'B1:B2', 'A2:A2'],
        },
      ],
    });
    const xml = sheetParts(bytes)['Original - Register'];
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>');
    expect(xml).not.toContain('<f>');
    const sheet = readXlsx(bytes, { name: 'x.xlsx' }).sheets.find(
      (s) => s.name === 'Original - Register',
    )!;
    expect(sheet.rows).toEqual([['Title'], ['=1+1', 2, true]]);
  });
});
