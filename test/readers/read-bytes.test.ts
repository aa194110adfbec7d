/** The one bytes dispatcher: content decides first, the name or media type only for text. */
import { describe, expect, it } from 'vitest';
import { readWorkbookBytes, XlsxReadError } from '../../readers';
import { handWorkbook, ole2Bytes } from './read-fixtures';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const sheet = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c></row></sheetData>`;

function failure(bytes: Uint8Array, name: string): XlsxReadError {
  try {
    readWorkbookBytes(bytes, { name });
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error('expected a read error');
}

describe('readWorkbookBytes', () => {
  it('reads a zip as an xlsx whatever its name', () => {
    const bytes = handWorkbook({ sheets: [{ name: 'Risks', body: sheet }] });
    const r = readWorkbookBytes(bytes, { name: 'export.csv' });
    expect(r.snapshot.sheets[0].name).toBe('Risks');
    expect(r.snapshot.sheets[0].rows).toEqual([['ID']]);
  });

  it('reads text as CSV by name, by media type, or when the name has no extension', () => {
    for (const opts of [
      { name: 'r.csv' },
      { name: 'upload', type: 'text/csv' },
      { name: 'risks' },
    ]) {
      expect(readWorkbookBytes(text('ID,Name\nR-1,x\n'), opts).snapshot.sheets[0].rows).toEqual([
        ['ID', 'Name'],
        ['R-1', 'x'],
      ]);
    }
  });

  it('decodes UTF-16 text by its byte-order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0, 0x2c, 0, 0x42, 0, 0x0a, 0]);
    expect(readWorkbookBytes(utf16, { name: 'u.txt' }).snapshot.sheets[0].rows).toEqual([
      ['A', 'B'],
    ]);
  });

  it('explains text named .xlsx, legacy and encrypted files, and empty ones', () => {
    expect(failure(text('ID,Name\n'), 'r.xlsx').message).toContain('save CSV data with a .csv');
    expect(failure(ole2Bytes(['Workbook']), 'r.xls').reason).toBe('legacy_xls');
    expect(failure(ole2Bytes(['EncryptionInfo']), 'r.xlsx').reason).toBe('encrypted');
    expect(failure(new Uint8Array(0), 'r.csv').reason).toBe('empty');
  });

  it('holds CSV to the same budgets as xlsx', () => {
    const e = (() => {
      try {
        readWorkbookBytes(text('a,b\n1,2\n3,4\n'), { name: 'r.csv', limits: { maxCells: 5 } });
      } catch (err) {
        return err as XlsxReadError;
      }
    })();
    expect(e?.message).toBe('r.csv: too large to read safely; more than 5 cells');
  });

  it('passes reading findings on (duplicate sheet names)', () => {
    const bytes = handWorkbook({
      sheets: [
        { name: 'Risks', body: sheet },
        { name: 'risks', body: sheet },
      ],
    });
    const r = readWorkbookBytes(bytes, { name: 'd.xlsx' });
    expect(r.snapshot.sheets.map((s) => s.name)).toEqual(['Risks', 'risks (2)']);
    expect(r.findings.map((f) => f.rule)).toEqual(['WB-DUPLICATE-SHEET']);
  });
});
