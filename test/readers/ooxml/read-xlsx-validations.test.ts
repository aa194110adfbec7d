/**
 * The xlsx reader fills `SheetSnapshot.validations` with the workbook's own list validations
 * (its in-cell drop-downs): literal lists, ranges on the same or another sheet, defined names,
 * and the x14 extension form Excel writes for lists kept on another sheet. Formulas it cannot
 * evaluate give no list; counts and ranges are bounded.
 */
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../readers/ooxml/read-xlsx';
import { MAX_SQREF_RANGES, MAX_VALIDATIONS } from '../../../readers/ooxml/validations';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import { handWorkbook } from '../read-fixtures';

const str = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const list = (sqref: string, formula: string, type = 'list') =>
  `<dataValidation type="${type}" allowBlank="1" sqref="${sqref}"><formula1>${formula}</formula1></dataValidation>`;
const validations = (...dv: string[]) =>
  `<dataValidations count="${dv.length}">${dv.join('')}</dataValidations>`;

/** A register on "Risks" (header + two rows) and a "Lists" sheet holding two columns of values. */
function book(dv: string, workbookTail = '', extra = '') {
  const risks =
    `<sheetData>${row(1, str('A1', 'Id') + str('F1', 'Applicable') + str('H1', 'Levels'))}` +
    row(2, str('A2', 'R1') + str('H2', 'Low')) +
    row(3, str('A3', 'R2') + str('H3', 'Medium')) +
    row(4, str('H4', 'High')) +
    `</sheetData>${dv}${extra}`;
  const lists =
    `<sheetData>${row(1, str('A1', 'Modify') + str('B1', '1'))}` +
    row(2, str('A2', 'Retain') + str('B2', '2')) +
    row(3, str('A3', 'Avoid') + str('B3', '3')) +
    row(4, str('A4', 'Share')) +
    '</sheetData>';
  const wb = readXlsx(
    handWorkbook({
      sheets: [
        { name: 'Risks', body: risks },
        { name: 'My Lists', body: lists },
      ],
      workbookTail,
    }),
    { name: 'v.xlsx' },
  );
  return wb.sheets[0].validations;
}

describe('readXlsx list validations', () => {
  it('reads a literal list and a range on the same sheet', () => {
    expect(book(validations(list('F2:F90', '"Yes,No"'), list('C2:C9 D2:D9', '$H$2:$H$6')))).toEqual(
      [
        { sqref: 'F2:F90', values: ['Yes', 'No'] },
        { sqref: 'C2:C9 D2:D9', values: ['Low', 'Medium', 'High'] },
      ],
    );
  });

  it('reads a range on another sheet, quoted sheet names and whole columns included', () => {
    expect(
      book(validations(list('L2:L50', "'My Lists'!$A$1:$A$4"), list('E2:E9', "'My Lists'!$B:$B"))),
    ).toEqual([
      { sqref: 'L2:L50', values: ['Modify', 'Retain', 'Avoid', 'Share'] },
      { sqref: 'E2:E9', values: ['1', '2', '3'] },
    ]);
  });

  it('resolves defined names, a sheet-local name before a workbook-wide one', () => {
    const names =
      '<definedNames><definedName name="Options">\'My Lists\'!$A$1:$A$2</definedName>' +
      '<definedName name="Options" localSheetId="0">\'My Lists\'!$A$3:$A$4</definedName>' +
      '<definedName name="Scale">\'My Lists\'!$B$1:$B$3</definedName></definedNames>';
    expect(book(validations(list('L2:L9', 'Options'), list('E2:E9', '=Scale')), names)).toEqual([
      { sqref: 'L2:L9', values: ['Avoid', 'Share'] },
      { sqref: 'E2:E9', values: ['1', '2', '3'] },
    ]);
  });

  it('reads the x14 extension form Excel writes for lists on another sheet', () => {
    const ext =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
      '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>\'My Lists\'!$A$1:$A$4</xm:f></x14:formula1>' +
      '<xm:sqref>M2:M100 O2:O100</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
    expect(book('', '', ext)).toEqual([
      { sqref: 'M2:M100 O2:O100', values: ['Modify', 'Retain', 'Avoid', 'Share'] },
    ]);
  });

  it('leaves out what is not a list or cannot be evaluated, and lists without values', () => {
    const dv = validations(
      list('B2:B9', '1', 'whole'),
      list('C2:C9', 'INDIRECT("Lists")'),
      list('D2:D9', 'Nowhere!$A$1:$A$3'),
      list('E2:E9', 'UnknownName'),
      list('F2:F9', '$Z$1:$Z$9'),
    );
    expect(book(dv)).toBeUndefined();
  });

  it('decodes entities and quotes inside a literal list', () => {
    expect(book(validations(list('F2:F9', '"R&amp;D,""Other"",  Ops "')))).toEqual([
      { sqref: 'F2:F9', values: ['R&D', '"Other"', 'Ops'] },
    ]);
  });

  it('keeps at most MAX_VALIDATIONS lists and MAX_SQREF_RANGES ranges each, never expanded', () => {
    const many = Array.from({ length: MAX_VALIDATIONS + 50 }, (_, i) =>
      list(`F${i + 2}`, '"Yes,No"'),
    );
    const wide = Array.from({ length: MAX_SQREF_RANGES + 10 }, (_, i) => `G${i + 2}:G1048576`);
    expect(book(validations(...many))).toHaveLength(MAX_VALIDATIONS);
    const [one] = book(validations(list(wide.join(' '), '"Yes,No"'))) ?? [];
    expect(one.sqref.split(' ')).toHaveLength(MAX_SQREF_RANGES);
  });

  it("reads back the lists the project's own writer puts on the canonical registers", async () => {
    const wb = readXlsx(await writeCanonicalWorkbook(), { name: 'canonical.xlsx' });
    const soa = wb.sheets.find((s) => s.name === 'SoA');
    const values = (soa?.validations ?? []).map((v) => v.values);
    expect(values).toContainEqual(['Yes', 'No']);
    expect(values.some((v) => v.includes('Partially implemented'))).toBe(true);
  });
});
