import { describe, expect, it } from 'vitest';
import { readXlsx, XlsxReadError } from '../../../readers/ooxml/read-xlsx';
import { excelJsBytes, handWorkbook, ole2Bytes, zipParts } from '../read-fixtures';

function failure(
  bytes: Uint8Array,
  opts: Parameters<typeof readXlsx>[1] = { name: 'risks.xlsx' },
): XlsxReadError {
  try {
    readXlsx(bytes, opts);
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error('expected an XlsxReadError');
}

const oneCell = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';

describe('readXlsx errors', () => {
  it('says "empty" for a 0-byte file', () => {
    const e = failure(new Uint8Array(0));
    expect(e.reason).toBe('empty');
    expect(e.file).toBe('risks.xlsx');
    expect(e.message).toMatch(/^risks\.xlsx: empty file/);
  });

  it('says "not_xlsx" for random bytes and for text', () => {
    const random = Uint8Array.from({ length: 300 }, (_, i) => (i * 151 + 7) % 256);
    expect(failure(random).reason).toBe('not_xlsx');
    const csv = failure(new TextEncoder().encode('Risk ID,Owner\nR1,Ann\n'));
    expect(csv.reason).toBe('not_xlsx');
    expect(csv.message).toContain('text file');
  });

  it('says "truncated" for a zip cut short', async () => {
    const whole = await excelJsBytes((wb) => {
      wb.addWorksheet('Sheet').getCell('A1').value = 'x';
    });
    expect(failure(whole.subarray(0, Math.floor(whole.length / 2))).reason).toBe('truncated');
    expect(failure(whole.subarray(0, 10)).reason).toBe('truncated');
  });

  it('says "not_xlsx" and names Word for a .docx, and OpenDocument for an .ods', () => {
    const docx = failure(
      zipParts({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
    );
    expect(docx.reason).toBe('not_xlsx');
    expect(docx.message).toContain('Word document (.docx)');
    const ods = failure(
      zipParts({
        mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
        'content.xml': '<x/>',
      }),
    );
    expect(ods.message).toContain('.ods');
  });

  it('says "encrypted" for a password-protected workbook (an OLE2 file with EncryptionInfo)', () => {
    const e = failure(ole2Bytes(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    expect(e.reason).toBe('encrypted');
    expect(e.message).toBe(
      'risks.xlsx: password-protected (encrypted) workbook; remove the password and try again',
    );
  });

  it('says "legacy_xls" for another OLE2 file and tells to save as .xlsx', () => {
    const e = failure(ole2Bytes(['Root Entry', 'Workbook', 'SummaryInformation']));
    expect(e.reason).toBe('legacy_xls');
    expect(e.message).toContain('save it as .xlsx');
  });

  it('says "empty" for a workbook without worksheets', () => {
    const e = failure(handWorkbook({ sheets: [] }));
    expect(e.reason).toBe('empty');
    expect(e.message).toContain('no worksheets');
  });

  it('refuses a part whose declared size exceeds the budget before inflating it (zip bomb)', () => {
    const bytes = handWorkbook({ sheets: [{ name: 'Sheet', body: oneCell }] });
    // Patch the sheet's declared uncompressed size in the central directory to ~3.9 GB.
    const view = new DataView(bytes.buffer);
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    for (let p = 0; p + 46 < bytes.length; p++) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const len = view.getUint16(p + 28, true);
      if (
        len === name.length &&
        bytes.subarray(p + 46, p + 46 + len).every((b, i) => b === name[i])
      ) {
        view.setUint32(p + 24, 0xf0000000, true);
      }
    }
    const e = failure(bytes);
    expect(e.reason).toBe('too_large');
    expect(e.message).toContain('500 MB');
  });

  it('refuses files over the compressed limit, and sheets over the cell limit', () => {
    const bytes = handWorkbook({
      sheets: [
        {
          name: 'Sheet',
          body: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData>',
        },
      ],
    });
    expect(failure(bytes, { name: 'r.xlsx', limits: { maxCompressedBytes: 100 } }).reason).toBe(
      'too_large',
    );
    const cells = failure(bytes, { name: 'r.xlsx', limits: { maxCells: 2 } });
    expect(cells.reason).toBe('too_large');
    expect(cells.message).toBe('r.xlsx: too large to read safely; more than 2 cells');
  });

  it('keeps every message on one line naming the file', () => {
    const cases = [
      new Uint8Array(0),
      new Uint8Array([1, 2, 3]),
      ole2Bytes(['EncryptionInfo']),
      new Uint8Array([0x50, 0x4b, 3, 4, 0]),
    ];
    for (const c of cases) {
      const e = failure(c, { name: 'a b.xlsx' });
      expect(e.message.startsWith('a b.xlsx: ')).toBe(true);
      expect(e.message).not.toContain('\n');
    }
  });
});
