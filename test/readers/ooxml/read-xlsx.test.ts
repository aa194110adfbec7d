import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../readers/ooxml/read-xlsx';
import { excelJsBytes, handWorkbook } from '../read-fixtures';

const sheetOf = (bytes: Uint8Array, name = 'Sheet') => {
  const wb = readXlsx(bytes, { name: 'book.xlsx' });
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

describe('readXlsx', () => {
  it('reads strings, numbers, booleans, errors and formula results as Range.values would', async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet('Sheet');
      ws.getRow(1).values = ['text', 42, 3.5, true, false];
      ws.getCell('A2').value = { error: '#N/A' };
      ws.getCell('B2').value = { formula: 'B1*2', result: 84 };
      ws.getCell('C2').value = { formula: 'A1&"!"', result: 'text!' };
      ws.getCell('D2').value = { formula: 'B1/0' };
      ws.getCell('E2').value = { error: '#DIV/0!' };
    });
    const s = sheetOf(bytes);
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.rows).toEqual([
      ['text', 42, 3.5, true, false],
      ['#N/A', 84, 'text!', null, '#DIV/0!'],
    ]);
    expect(s.formulas).toEqual(['B2', 'C2', 'D2']);
  });

  it('joins rich-text runs and decodes entities and _x000D_ escapes in shared strings', async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet('Sheet');
      ws.getCell('A1').value = {
        richText: [{ text: 'Risk ' }, { font: { bold: true }, text: 'R&D <high>' }],
      };
      ws.getCell('A2').value = 'line one\r\nline two';
      ws.getCell('A3').value = { text: 'the policy', hyperlink: 'https://example.com' };
    });
    expect(sheetOf(bytes).rows).toEqual([
      ['Risk R&D <high>'],
      ['line one\r\nline two'],
      ['the policy'],
    ]);
  });

  it('skips phonetic runs and reads inline strings', () => {
    const bytes = handWorkbook({
      sharedStrings:
        '<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si><t xml:space="preserve"> a_x005F_x000D_b </t></si>',
      sheets: [
        {
          name: 'Sheet',
          body:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
            '<c r="C1" t="inlineStr"><is><t>inline &amp; text</t></is></c><c r="D1" t="str"><f>1</f><v>f&lt;x</v></c></row></sheetData>',
        },
      ],
    });
    expect(sheetOf(bytes).rows).toEqual([['東京', ' a_x000D_b ', 'inline & text', 'f<x']]);
  });

  it('reads a shared-string cell with no index as blank, not as the first shared string', () => {
    const bytes = handWorkbook({
      sharedStrings: '<si><t>first</t></si>',
      sheets: [
        {
          name: 'Sheet',
          body:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"/><c r="C1" t="s"><v></v></c>' +
            '<c r="D1"><v>4</v></c></row></sheetData>',
        },
      ],
    });
    expect(sheetOf(bytes).rows).toEqual([['first', null, null, 4]]);
  });

  it('keeps dates as Excel serial numbers and gives display text for fixed-decimal formats', async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet('Sheet');
      ws.getCell('A1').value = new Date(Date.UTC(2025, 0, 31));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('B1').value = 8.2;
      ws.getCell('B1').numFmt = '0.00';
      ws.getCell('C1').value = 0.255;
      ws.getCell('C1').numFmt = '0%';
      ws.getCell('D1').value = 1234.5;
      ws.getCell('D1').numFmt = '#,##0.00';
      ws.getCell('E1').value = 5.1;
      ws.getCell('E1').numFmt = '0.0';
      ws.getCell('F1').value = 7;
    });
    const s = sheetOf(bytes);
    expect(s.rows[0]).toEqual([45688, 8.2, 0.255, 1234.5, 5.1, 7]);
    expect(s.display).toEqual({ B1: '8.20', C1: '26%', D1: '1,234.50' });
  });

  it('crops to the bounding box of the non-empty cells and reports its top-left as origin', async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet('Sheet');
      ws.getCell('C4').value = 'title';
      ws.getCell('D6').value = 1;
      ws.getCell('A20').style = { font: { bold: true } };
      ws.getCell('Z30').value = '';
    });
    const s = sheetOf(bytes);
    expect(s.origin).toEqual({ row: 4, col: 3 });
    expect(s.rows).toEqual([['title'], [], [null, 1]]);
  });

  it('reports merged ranges with the value in the top-left cell', async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet('Sheet');
      ws.mergeCells('B6:D7');
      ws.getCell('B6').value = 'Risk assessment';
    });
    const s = sheetOf(bytes);
    expect(s.merges).toEqual(['B6:D7']);
    expect(s.rows).toEqual([['Risk assessment']]);
  });

  it('finds tables with their columns, including one saved without a header row', async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet('Sheet');
      ws.addTable({
        name: 'tblRisks',
        ref: 'B2',
        headerRow: true,
        columns: [{ name: 'Risk ID' }, { name: 'Risk Owner' }],
        rows: [['R1', 'Ann']],
      });
      ws.addTable({
        name: 'tblBare',
        ref: 'E2',
        headerRow: false,
        columns: [{ name: 'A' }, { name: 'B' }],
        rows: [
          [1, 2],
          [3, 4],
        ],
      });
    });
    const wb = readXlsx(bytes, { name: 'book.xlsx' });
    expect(wb.tables).toEqual([
      {
        name: 'tblRisks',
        sheet: 'Sheet',
        ref: 'B2:C3',
        hasHeaderRow: true,
        columns: ['Risk ID', 'Risk Owner'],
      },
      { name: 'tblBare', sheet: 'Sheet', ref: 'E2:F3', hasHeaderRow: false, columns: ['A', 'B'] },
    ]);
  });

  it('keeps sheet order, marks hidden and very hidden sheets, and leaves out chart sheets', () => {
    const cell = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
    const bytes = handWorkbook({
      sheets: [
        { name: 'Visible', body: cell },
        { name: 'Hid', body: cell, state: 'hidden' },
        { name: 'VeryHid', body: cell, state: 'veryHidden', target: '/xl/worksheets/sheet3.xml' },
      ],
    });
    const wb = readXlsx(bytes, { name: 'book.xlsx' });
    expect(wb.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Visible', false],
      ['Hid', true],
      ['VeryHid', true],
    ]);
  });

  it('reads only the sheets asked for, and their tables only', async () => {
    const bytes = await excelJsBytes((wb) => {
      wb.addWorksheet('One').getCell('A1').value = 1;
      const two = wb.addWorksheet('Two');
      two.addTable({ name: 'tblTwo', ref: 'A1', columns: [{ name: 'X' }], rows: [[1]] });
    });
    const wb = readXlsx(bytes, { name: 'book.xlsx', sheets: ['one'] });
    expect(wb.sheets.map((s) => s.name)).toEqual(['One']);
    expect(wb.tables).toEqual([]);
  });

  it('continues positions for cells and rows written without r attributes', () => {
    const bytes = handWorkbook({
      sheets: [
        {
          name: 'Sheet',
          body: '<sheetData><row><c><v>1</v></c><c t="b"><v>1</v></c></row><row><c t="e"><v>#REF!</v></c></row></sheetData>',
        },
      ],
    });
    expect(sheetOf(bytes).rows).toEqual([[1, true], ['#REF!']]);
  });

  it('reads every spelling of a number in <v> exactly as Number() would, and non-numbers as blank', () => {
    const texts = [
      '0',
      '-0',
      '7',
      '-12',
      '3.25',
      '0.1',
      '.5',
      '1.',
      '0.000001',
      '123456789012345',
      '1234567890123456789',
      '0.30000000000000004',
      '1E3',
      '1e-7',
      ' 5',
      '',
      '-',
      'abc',
      '1,5',
      '12.5.1',
      '4503599627370497.5',
    ];
    const cells = texts
      .map((t, k) => `<c r="${String.fromCharCode(65 + k)}1"><v>${t}</v></c>`)
      .join('');
    const shared =
      '<c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>01</v></c><c r="C2" t="s"><v>9</v></c>';
    const bytes = handWorkbook({
      sharedStrings: '<si><t>zero</t></si><si><t>one</t></si>',
      sheets: [
        {
          name: 'Sheet',
          body: `<sheetData><row r="1">${cells}</row><row r="2">${shared}</row></sheetData>`,
        },
      ],
    });
    const [numbers, strings] = sheetOf(bytes).rows;
    expect(numbers).toEqual(
      texts.map((t) => (t === '' || !Number.isFinite(Number(t)) ? null : Number(t))),
    );
    expect(Object.is(numbers[1], -0)).toBe(true);
    expect(strings).toEqual(['one', 'one']);
  });

  it('reads shared-strings and sheet parts saved as UTF-16 with a byte-order mark', () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const utf16 = (xml: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, 'utf16le')]);
    const bytes = handWorkbook({
      sheets: [{ name: 'Sheet', body: '', target: 'worksheets/wide.xml' }],
      extraParts: {
        'xl/sharedStrings.xml': utf16(
          `<?xml version="1.0" encoding="UTF-16"?><sst xmlns="${ns}"><si><t>Risque élevé</t></si></sst>`,
        ),
        'xl/worksheets/wide.xml': utf16(
          `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${ns}"><sheetData><row r="1">` +
            '<c r="A1" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c></row></sheetData></worksheet>',
        ),
      },
    });
    expect(sheetOf(bytes).rows).toEqual([['Risque élevé', 2.5]]);
  });

  it('reads prefixed (x:) SpreadsheetML as written by some .NET tools', () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const raw =
      `<x:worksheet xmlns:x="${ns}"><x:dimension ref="A1:XFD1048576"/><x:sheetData><x:row r="2">` +
      `<x:c r="B2" t="inlineStr"><x:is><x:t>hi</x:t></x:is></x:c><x:c r="C2"><x:v>2</x:v></x:c></x:row></x:sheetData>` +
      `<x:mergeCells count="1"><x:mergeCell ref="B2:B3"/></x:mergeCells></x:worksheet>`;
    const s = sheetOf(handWorkbook({ sheets: [{ name: 'Sheet', body: '', raw }] }));
    expect(s.origin).toEqual({ row: 2, col: 2 });
    expect(s.rows).toEqual([['hi', 2]]);
    expect(s.merges).toEqual(['B2:B3']);
  });

  it('reads an .xlsm (macro-enabled) workbook like an .xlsx', () => {
    const bytes = handWorkbook({
      sheets: [
        {
          name: 'Sheet',
          body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>macro book</t></is></c></row></sheetData>',
        },
      ],
      extraParts: { 'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) },
    });
    expect(readXlsx(bytes, { name: 'book.xlsm' }).sheets[0].rows).toEqual([['macro book']]);
  });
});
