import { describe, expect, it } from 'vitest';
import {
  cellXml,
  SharedStrings,
  sheetHead,
  sheetTail,
} from '../../../functions/xlsx/write-sheet-xml';
import { esc } from '../../../functions/xlsx/write-xml';

describe('cellXml', () => {
  it('writes text as shared strings, so text that looks like a formula stays text', () => {
    const sst = new SharedStrings();
    expect(cellXml('A1', '=SUM(A1)', 0, sst)).toBe('<c r="A1" t="s"><v>0</v></c>');
    expect(cellXml('A2', '=SUM(A1)', 3, sst)).toBe('<c r="A2" s="3" t="s"><v>0</v></c>');
    expect([...sst.xml()].join('')).toContain('<si><t>=SUM(A1)</t></si>');
    expect(sst.count).toBe(2);
  });

  it('writes formulas with their cached result, a text result as t="str"', () => {
    const sst = new SharedStrings();
    expect(cellXml('I2', { formula: 'A2*B2', result: 6 }, 4, sst)).toBe(
      '<c r="I2" s="4"><f>A2*B2</f><v>6</v></c>',
    );
    expect(cellXml('J2', { formula: 'IF(A2<3,"Low","")', result: 'Low' }, 0, sst)).toBe(
      '<c r="J2" t="str"><f>IF(A2&lt;3,&quot;Low&quot;,&quot;&quot;)</f><v>Low</v></c>',
    );
  });

  it('keeps a styled blank cell, drops an unstyled one and non-finite numbers', () => {
    const sst = new SharedStrings();
    expect(cellXml('A1', null, 2, sst)).toBe('<c r="A1" s="2"/>');
    expect(cellXml('A1', null, 0, sst)).toBe('');
    expect(cellXml('A1', Number.NaN, 0, sst)).toBe('');
    expect(cellXml('A1', true, 0, sst)).toBe('<c r="A1" t="b"><v>1</v></c>');
  });

  it('preserves leading, trailing and line-break whitespace in shared strings', () => {
    const sst = new SharedStrings();
    sst.id(' padded');
    sst.id('two\nlines');
    expect([...sst.xml()].join('')).toContain('<si><t xml:space="preserve"> padded</t></si>');
    expect([...sst.xml()].join('')).toContain('<t xml:space="preserve">two\nlines</t>');
  });
});

describe('esc', () => {
  it('escapes markup and quotes and drops characters XML 1.0 forbids', () => {
    expect(esc(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(esc('bell\u0007tab\tok')).toBe('belltab\tok');
  });
});

describe('sheet head and tail', () => {
  it('freezes the header row and id column, and writes parts in schema order', () => {
    const head = sheetHead({
      freeze: { rows: 1, cols: 1 },
      gridLines: true,
      fitToPage: true,
      cols: [{ col: 1, width: 10, style: 2 }],
    });
    expect(head).toContain(
      '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
    );
    expect(head).toContain('<col min="1" max="1" width="10" style="2" customWidth="1"/>');
    const tail = sheetTail({
      merges: ['A1:B1'],
      formats: [{ ref: 'I2:J3', rules: [{ type: 'expression', formula: '$J2="Low"', dxf: 0 }] }],
      validations: [
        { ref: 'L2:L3', values: ['Yes', 'No'], allowBlank: true, title: 'T', error: 'E' },
      ],
      print: { paper: 9, fit: true },
      tables: 1,
    });
    const order = [
      '<mergeCells',
      '<conditionalFormatting',
      '<dataValidations',
      '<pageMargins',
      '<pageSetup',
      '<headerFooter',
      '<tableParts',
    ];
    const at = order.map((tag) => tail.indexOf(tag));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(tail).toContain('sqref="L2:L3"><formula1>&quot;Yes,No&quot;</formula1>');
  });
});
