import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { normaliseExcelJsValue } from '../../../functions/xlsx/exceljs-values';

const v = (x: unknown) => normaliseExcelJsValue(x as ExcelJS.CellValue);

describe('normaliseExcelJsValue', () => {
  it('keeps plain numbers, text and booleans, and turns blanks into null', () => {
    expect([v(3), v('a'), v(true), v(null), v(undefined), v('')]).toEqual([
      3,
      'a',
      true,
      null,
      null,
      null,
    ]);
  });

  it('turns a Date into its Excel serial', () => {
    expect(v(new Date(Date.UTC(2025, 0, 31)))).toBe(45688);
    expect(v(new Date(Date.UTC(1900, 0, 1, 12)))).toBe(2.5);
  });

  it('unwraps formula results, including dates and errors, and gives null without a result', () => {
    expect(v({ formula: 'A1*2', result: 8 })).toBe(8);
    expect(v({ sharedFormula: 'B2', result: 'High' })).toBe('High');
    expect(v({ formula: 'TODAY()', result: new Date(Date.UTC(2025, 0, 31)) })).toBe(45688);
    expect(v({ formula: 'NA()', result: { error: '#N/A' } })).toBe('#N/A');
    expect(v({ formula: 'A1' })).toBeNull();
  });

  it('joins rich-text runs, takes hyperlink text and renders errors as #… text', () => {
    expect(v({ richText: [{ text: 'a' }, { text: 'b', font: { bold: true } }] })).toBe('ab');
    expect(v({ text: 'policy', hyperlink: 'https://x' })).toBe('policy');
    expect(v({ text: { richText: [{ text: 'rich link' }] }, hyperlink: 'https://x' })).toBe(
      'rich link',
    );
    expect(v({ error: '#DIV/0!' })).toBe('#DIV/0!');
  });
});
