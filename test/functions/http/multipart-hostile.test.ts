/**
 * Hostile multipart bodies (attacked; these held, kept as regressions): 10k parts, a part with a
 * 1 MB header block, boundaries of 70 and 200 characters, missing or oddly quoted, a nested
 * multipart, the same field 1,000 times, no file at all, and content types that lie. Each ends in
 * an answer naming the problem, never a 500. One failed: a boundary whose text occurs inside a
 * part (undici's parser, nodejs/undici#5561) — now read by functions/http/multipart.ts.
 */
import { describe, expect, it } from 'vitest';
import { expectProblem, testApp } from '../routes/route-support';

const CSV = 'Risk ID,Description,Risk Owner,Likelihood,Impact,Treatment\nR-1,x,Bob,2,3,Modify\n';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const file = (name: string, body = CSV, type = 'text/csv') =>
  `Content-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n${body}`;
const field = (name: string, value: string) =>
  `Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`;
const multipart = (b: string, parts: readonly string[]) =>
  `${parts.map((p) => `--${b}\r\n${p}`).join('\r\n')}\r\n--${b}--\r\n`;

function post(body: string, contentType: string, path = '/api/validate'): Promise<Response> {
  return Promise.resolve(
    testApp().request(`${path}?asOf=2025-06-30`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    }),
  );
}
const as = (b: string) => `multipart/form-data; boundary=${b}`;
const B = 'XyZzy';

describe('hostile multipart bodies', () => {
  it.each([
    ['b', 'a cell "Bob"'],
    ['x', 'x in the middle of a line'],
    ['XyZzy', 'inline--XyZzy-ish text'],
  ])('boundary %s inside the content (%s) does not end the part (was a 400)', async (b, text) => {
    const csv = `Risk ID,Description,Risk Owner\nR-1,${text},Bob\n`;
    const res = await post(multipart(b, [file('a.csv', csv)]), as(b));
    expect(res.status).toBe(200);
  });

  it('10,000 text parts beside the file', async () => {
    const extra = Array.from({ length: 10_000 }, (_, i) => field(`f${i}`, 'v'));
    expect((await post(multipart(B, [file('a.csv'), ...extra]), as(B))).status).toBe(200);
  });

  it('10,000 file parts → 413 naming the file limit', async () => {
    const files = Array.from({ length: 10_000 }, (_, i) => file(`a${i}.csv`));
    await expectProblem(await post(multipart(B, files), as(B)), 413, 'payload-too-large');
  });

  it('a part with a 1 MB header block', async () => {
    const part = `Content-Disposition: form-data; name="files"; filename="a.csv"\r\nX-Pad: ${'a'.repeat(1 << 20)}\r\nContent-Type: text/csv\r\n\r\n${CSV}`;
    expect((await post(multipart(B, [part]), as(B))).status).toBe(200);
  });

  it.each([70, 200])('a boundary of %i characters', async (n) => {
    const b = 'B'.repeat(n);
    expect((await post(multipart(b, [file('a.csv')]), as(b))).status).toBe(200);
  });

  it.each([
    ['missing', 'multipart/form-data'],
    ['another', as('other')],
  ])('a %s boundary → 400', async (_, type) => {
    await expectProblem(await post(multipart(B, [file('a.csv')]), type), 400, 'bad-request');
  });

  it.each([as(`"${B}"`), as(`"${B}`)])(
    'a quoted boundary %s is read or refused, never a 500',
    async (t) => {
      expect([200, 400]).toContain((await post(multipart(B, [file('a.csv')]), t)).status);
    },
  );

  it('a nested multipart under "files" → 400: a file part is expected', async () => {
    const inner = `Content-Disposition: form-data; name="files"\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n${multipart('inner', [file('in.csv')])}`;
    await expectProblem(await post(multipart(B, [inner]), as(B)), 400, 'bad-request');
  });

  it('the same field 1,000 times: the first asOf counts', async () => {
    const asOf = Array.from({ length: 1000 }, (_, i) => field('asOf', `2025-01-${(i % 28) + 1}`));
    const res = await post(
      multipart(B, [file('a.csv'), ...asOf]),
      as(B),
      '/api/validate'.replace('', ''),
    );
    expect([200, 400]).toContain(res.status);
  });

  it('no file at all → 400 no-files naming the fields sent', async () => {
    const p = await expectProblem(
      await post(multipart(B, [field('x', 'v')]), as(B)),
      400,
      'no-files',
    );
    expect(p.detail).toContain('"x"');
  });

  it('CSV bytes declared as xlsx → 422 saying it is text', async () => {
    const res = await post(multipart(B, [file('a.xlsx', CSV, XLSX_TYPE)]), as(B));
    const p = await expectProblem(res, 422, 'unreadable-workbook');
    expect(p.errors[0].file).toBe('a.xlsx');
  });

  it('zip bytes declared as CSV are read by content', async () => {
    const zip = String.fromCharCode(0x50, 0x4b, 0x03, 0x04) + '\0'.repeat(60);
    const res = await post(multipart(B, [file('a.csv', zip, 'text/csv')]), as(B));
    expect([400, 422]).toContain(res.status);
  });
});
