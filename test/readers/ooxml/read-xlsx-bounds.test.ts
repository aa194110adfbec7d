import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../readers/ooxml/read-xlsx';
import { excelJsBytes, handWorkbook } from '../read-fixtures';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

describe('readXlsx on declared ranges to row 1,048,576', () => {
  it('returns only the real rows when the dimension, a validation and a table span the whole sheet', () => {
    const rows = [1, 2, 3]
      .map(
        (r) =>
          `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${r === 1 ? 'Risk ID' : `R${r - 1}`}</t></is></c></row>`,
      )
      .join('');
    const body =
      `<dimension ref="A1:XFD1048576"/><sheetData>${rows}</sheetData>` +
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:A1048576"><formula1>"Yes,No"</formula1></dataValidation></dataValidations>` +
      `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`;
    const table =
      `<table xmlns="${NS}" id="1" name="Table1" displayName="tblRisks" ref="A1:XFD1048576">` +
      `<autoFilter ref="A1:XFD1048576"/><tableColumns count="1"><tableColumn id="1" name="Risk ID"/></tableColumns></table>`;
    const wb = readXlsx(handWorkbook({ sheets: [{ name: 'Risks', body, tables: [table] }] }), {
      name: 'big.xlsx',
    });
    expect(wb.sheets[0].rows).toHaveLength(3);
    expect(wb.sheets[0].rows).toEqual([['Risk ID'], ['R1'], ['R2']]);
    expect(wb.tables).toEqual([
      {
        name: 'tblRisks',
        sheet: 'Risks',
        ref: 'A1:XFD1048576',
        hasHeaderRow: true,
        columns: ['Risk ID'],
      },
    ]);
  });

  it('ignores styled empty cells at the bottom of the sheet', () => {
    const body =
      '<dimension ref="A1:XFC308"/><sheetData><row r="1"><c r="A1"><v>5</v></c></row>' +
      '<row r="1048576"><c r="A1048576" s="1"/><c r="XFD1048576" s="1"></c></row></sheetData>';
    const wb = readXlsx(handWorkbook({ sheets: [{ name: 'S', body }] }), { name: 'b.xlsx' });
    expect(wb.sheets[0].rows).toEqual([[5]]);
  });

  it('returns only the real rows of an exceljs workbook validating A2:A1048576', async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet('Risks');
      ws.addRow(['Risk ID', 'Treatment']);
      for (let i = 1; i <= 5; i++) ws.addRow([`R${i}`, 'Modify']);
      // exceljs supports worksheet.dataValidations but its typings omit it.
      (
        ws as unknown as { dataValidations: { add(ref: string, v: object): void } }
      ).dataValidations.add('B2:B1048576', {
        type: 'list',
        allowBlank: true,
        formulae: ['"Modify,Retain,Avoid,Share"'],
      });
    });
    const wb = readXlsx(bytes, { name: 'v.xlsx' });
    expect(wb.sheets[0].rows).toHaveLength(6);
    expect(wb.sheets[0].rows[5]).toEqual(['R5', 'Modify']);
  });
});
