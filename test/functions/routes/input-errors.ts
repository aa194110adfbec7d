/**
 * The input errors every workbook route answers the same way (issue 4, "Done when"): wrong
 * content type, not an xlsx, too large, empty, schema violation — each as problem+json naming
 * the offending file or field.
 */
import { describe, expect, it } from 'vitest';
import { expectProblem, form, postForm, postJson, testApp, xlsxFixture } from './route-support';

const OLE2_ENCRYPTED = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new TextEncoder().encode('EncryptionInfo'),
]);

export function describeInputErrors(path: string): void {
  describe(`${path} input errors`, () => {
    const app = testApp();

    it('answers 415 for a content type that is neither multipart nor JSON', async () => {
      const res = await app.request(path, {
        method: 'POST',
        body: 'hello',
        headers: { 'content-type': 'text/plain' },
      });
      const p = await expectProblem(res, 415, 'unsupported-media-type');
      expect(p.errors[0].field).toBe('header.content-type');
      expect(res.headers.get('accept')).toContain('multipart/form-data');
    });

    it('answers 422 naming the file when an upload is not an xlsx', async () => {
      const res = await postForm(
        app,
        path,
        form([{ name: 'notes.xlsx', bytes: 'just some text, not a workbook' }]),
      );
      const p = await expectProblem(res, 422, 'unreadable-workbook');
      expect(p.errors[0]).toMatchObject({ file: 'notes.xlsx', reason: 'not_xlsx' });
      expect(p.detail).toContain('notes.xlsx');
    });

    it('answers 422 naming the file for a password-protected workbook', async () => {
      const res = await postForm(app, path, form([{ name: 'secret.xlsx', bytes: OLE2_ENCRYPTED }]));
      const p = await expectProblem(res, 422, 'unreadable-workbook');
      expect(p.errors[0]).toMatchObject({ file: 'secret.xlsx', reason: 'encrypted' });
    });

    it('answers 422 naming the file for a truncated workbook', async () => {
      const bytes = await xlsxFixture();
      const res = await postForm(
        app,
        path,
        form([{ name: 'cut.xlsx', bytes: bytes.slice(0, Math.floor(bytes.length / 2)) }]),
      );
      const p = await expectProblem(res, 422, 'unreadable-workbook');
      expect(p.errors[0].file).toBe('cut.xlsx');
    });

    it('answers 413 naming the file when one file is over the per-file limit', async () => {
      const small = testApp({ limits: { maxFileBytes: 1000 } });
      const res = await postForm(
        small,
        path,
        form([{ name: 'big.xlsx', bytes: new Uint8Array(2000) }]),
      );
      const p = await expectProblem(res, 413, 'payload-too-large');
      expect(p.errors[0].file).toBe('big.xlsx');
    });

    it('answers 413 when the request body is over the total limit', async () => {
      const small = testApp({ limits: { maxTotalBytes: 1000 } });
      const res = await postJson(small, path, { workbooks: [], padding: 'x'.repeat(200_000) });
      await expectProblem(res, 413, 'payload-too-large');
    });

    it('answers 400 when no file is uploaded', async () => {
      const res = await postForm(app, path, form([], { note: 'no files here' }));
      const p = await expectProblem(res, 400, 'no-files');
      expect(p.errors[0].field).toBe('files');
      expect(p.detail).toContain('"note"');
    });

    it('answers 400 naming the file when an upload is empty', async () => {
      const res = await postForm(
        app,
        path,
        form([{ name: 'blank.xlsx', bytes: new Uint8Array(0) }]),
      );
      const p = await expectProblem(res, 400, 'empty-file');
      expect(p.errors[0].file).toBe('blank.xlsx');
    });

    it('answers 400 for an empty JSON body', async () => {
      await expectProblem(await postJson(app, path, ''), 400, 'no-files');
    });

    it('answers 400 with the JSON pointer of each schema violation', async () => {
      const bad = {
        workbooks: [
          {
            name: 'r.xlsx',
            sheets: [{ name: 'Risks', origin: { row: 1, col: 1 }, rows: [[{ x: 1 }]] }],
            tables: [],
          },
        ],
      };
      const p = await expectProblem(await postJson(app, path, bad), 400, 'validation-failed');
      expect(p.errors.map((e) => e.pointer)).toContain('/workbooks/0/sheets/0/rows/0/0');
    });

    it('answers 400 for a body that is not JSON', async () => {
      const p = await expectProblem(
        await postJson(app, path, '{"workbooks": ['),
        400,
        'bad-request',
      );
      expect(p.errors[0].field).toBe('body');
    });

    it('answers 400 naming asOf when it is not a calendar date', async () => {
      const bytes = await xlsxFixture();
      const q = await expectProblem(
        await postForm(app, `${path}?asOf=30/06/2025`, form([{ name: 'r.xlsx', bytes }])),
        400,
        'bad-request',
      );
      expect(q.errors[0].field).toBe('query.asOf');
      const f = await expectProblem(
        await postForm(app, path, form([{ name: 'r.xlsx', bytes }], { asOf: '2025-02-30' })),
        400,
        'bad-request',
      );
      expect(f.errors[0].field).toBe('asOf');
      const body = { workbooks: [{ name: 'r.xlsx', sheets: [], tables: [] }], asOf: '2025-02-30' };
      const j = await expectProblem(await postJson(app, path, body), 400, 'validation-failed');
      expect(j.errors[0].pointer).toBe('/asOf');
    });

    it('answers 405 with Allow: POST to a GET', async () => {
      const res = await app.request(path);
      await expectProblem(res, 405, 'method-not-allowed');
      expect(res.headers.get('allow')).toBe('POST');
    });
  });
}
