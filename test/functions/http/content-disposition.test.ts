/**
 * Download names come from the user (an uploaded file's name), so Content-Disposition makes them
 * safe (RFC 6266): found attacking POST /api/import — a lone surrogate in a JSON snapshot's name
 * was a 500 (encodeURIComponent threw), a 10 KB name a 30 KB header the client refused to read,
 * `../../` survived into the name, and U+202E reversed the visible extension.
 */
import { describe, expect, it } from 'vitest';
import {
  contentDisposition,
  MAX_NAME_CHARS,
  safeFileName,
} from '../../../functions/http/content-disposition';
import { form, postForm, postJson, testApp } from '../routes/route-support';

const sheet = { name: 'S', origin: { row: 1, col: 1 }, rows: [['Risk ID'], ['R-1']] };
const importAs = (name: string) =>
  postJson(testApp(), '/api/import', { workbooks: [{ name, sheets: [sheet], tables: [] }] });

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\win.ini', 'win.ini'],
    ['C:\\Users\\me\\Registre.xlsx', 'Registre.xlsx'],
    ['a\r\nSet-Cookie: x=1.xlsx', 'aSet-Cookie: x=1.xlsx'],
    ['a\u0000b.csv', 'ab.csv'],
    ['evil\u202Exslx.exe', 'evilxslx.exe'],
    ['\u2066x\u2069\u200B.csv', 'x.csv'],
    ['\ud800x.csv', '\ufffdx.csv'],
    ['.bashrc', 'bashrc'],
    ['/', 'download'],
    ['   ', 'download'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('keeps at most MAX_NAME_CHARS characters and the extension', () => {
    const safe = safeFileName(`${'é'.repeat(10_000)}.xlsx`);
    expect(Array.from(safe)).toHaveLength(MAX_NAME_CHARS);
    expect(safe.endsWith('.xlsx')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives a plain ASCII name as it is', () => {
    expect(contentDisposition('inline', 'gap-report-2025-06-30.html')).toBe(
      'inline; filename="gap-report-2025-06-30.html"',
    );
  });

  it('quotes nothing it should not: the fallback has no quote, backslash or control', () => {
    const h = contentDisposition('attachment', 'a"b<c\u0007é.xlsx');
    expect(h).toBe(`attachment; filename="a_b<ce.xlsx"; filename*=UTF-8''a%22b%3Cc%C3%A9.xlsx`);
  });
});

describe('POST /api/import names the download safely', () => {
  it('answers a name with a lone surrogate (was a 500)', async () => {
    const res = await importAs('\ud800register.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('register (canonical).xlsx');
  });

  it.each([
    ['path traversal', '../../etc/passwd.csv', 'passwd (canonical).xlsx'],
    ['RTL override', 'evil\u202Eslx.csv', 'evilslx (canonical).xlsx'],
    ['CRLF', 'a\r\nX-Injected: 1.csv', 'aX-Injected: 1 (canonical).xlsx'],
  ])('%s', async (_, name, shown) => {
    const res = await importAs(name);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${shown}"`);
    expect(res.headers.get('x-injected')).toBeNull();
  });

  it('bounds a 10 KB name (was a 30 KB header)', async () => {
    const csv = 'Risk ID,Description\nR-1,Phishing\n';
    const parts = [{ name: `${'x'.repeat(10_240)}.csv`, bytes: csv, type: 'text/csv' }];
    const res = await postForm(testApp(), '/api/import', form(parts));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')!.length).toBeLessThan(3 * MAX_NAME_CHARS);
  });
});
