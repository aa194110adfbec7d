import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../../readers';
import { attachment, convertedName } from '../../../functions/routes/import';
import { importWorkbook } from '../../../shared/import';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { FRENCH_NAME, FRENCH_SHEET, writeFrenchRegister } from '../../e2e/french-register';
import { expectProblem, form, postForm, postJson, testApp, xlsxFixture } from './route-support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let french: Uint8Array;

beforeAll(async () => {
  french = await writeFrenchRegister();
});

function risksOf(bytes: ArrayBuffer) {
  const snapshot = readXlsx(new Uint8Array(bytes), { name: 'out.xlsx' });
  return { snapshot, risks: parseWorkbook(snapshot).workbook.risks ?? [] };
}

describe('POST /api/import', () => {
  const app = testApp();

  it('converts an uploaded register into the canonical workbook, keeping the original sheets', async () => {
    const res = await postForm(app, '/api/import', form([{ name: FRENCH_NAME, bytes: french }]));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toContain(
      'filename="registre-des-risques (canonical).xlsx"',
    );
    expect(res.headers.get('x-import-canonical')).toBe('false');
    const { snapshot, risks } = risksOf(await res.arrayBuffer());
    expect(risks.map((r) => r.id)).toEqual(['R-01', 'R-02', 'R-03', 'R-04']);
    expect(risks[0].owner).toBe('DSI');
    expect(snapshot.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Import Report', `Original - ${FRENCH_SHEET}`, 'Original - Notes']),
    );
  });

  it('applies the mapping sent beside the file', async () => {
    const mapping = importWorkbook(readXlsx(french, { name: FRENCH_NAME })).mapping;
    const edited = {
      ...mapping,
      sheets: {
        ...mapping.sheets,
        [FRENCH_SHEET]: {
          ...mapping.sheets[FRENCH_SHEET],
          columns: { ...mapping.sheets[FRENCH_SHEET].columns, E: 'ignore' },
        },
      },
    };
    const res = await postForm(
      app,
      '/api/import',
      form([{ name: FRENCH_NAME, bytes: french }], { mapping: JSON.stringify(edited) }),
    );
    expect(res.status).toBe(200);
    const { risks } = risksOf(await res.arrayBuffer());
    expect(risks.every((r) => r.owner === null)).toBe(true);
  });

  it('converts a JSON snapshot with a mapping', async () => {
    const snapshot = readXlsx(french, { name: FRENCH_NAME });
    const mapping = {
      version: 1,
      sheets: {
        [FRENCH_SHEET]: {
          kind: 'risks',
          headerRow: 3,
          columns: { A: 'id', D: 'description', F: 'likelihood', G: 'impact' },
        },
      },
    };
    const res = await postJson(app, '/api/import', { workbooks: [snapshot], mapping });
    expect(res.status).toBe(200);
    const { risks } = risksOf(await res.arrayBuffer());
    expect(risks).toHaveLength(4);
    expect(risks[1]).toMatchObject({ id: 'R-02', likelihood: 3, impact: 4, owner: null });
  });

  it('returns a canonical upload unchanged', async () => {
    const canonical = await xlsxFixture();
    const res = await postForm(
      app,
      '/api/import',
      form([{ name: 'register.xlsx', bytes: canonical }]),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-import-canonical')).toBe('true');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(canonical);
  });

  it('answers 422 problem+json naming the file when the upload is not an xlsx', async () => {
    const res = await postForm(
      app,
      '/api/import',
      form([{ name: 'risks.xlsx', bytes: 'not a workbook at all' }]),
    );
    const p = await expectProblem(res, 422, 'unreadable-workbook');
    expect(p.errors[0].file).toBe('risks.xlsx');
  });

  it('answers 400 naming the sheet and column for a mapping with an unknown field', async () => {
    const mapping = {
      sheets: {
        [FRENCH_SHEET]: { kind: 'risks', headerRow: 3, columns: { E: 'favouriteColour' } },
      },
    };
    const res = await postForm(
      app,
      '/api/import',
      form([{ name: FRENCH_NAME, bytes: french }], { mapping: JSON.stringify(mapping) }),
    );
    const p = await expectProblem(res, 400, 'bad-request');
    expect(p.detail).toContain(`sheet "${FRENCH_SHEET}", column E`);
    expect(p.errors[0].field).toBe('mapping');
  });

  it('answers 400 when the mapping is not JSON', async () => {
    const res = await postForm(
      app,
      '/api/import',
      form([{ name: FRENCH_NAME, bytes: french }], { mapping: '{kind: risks' }),
    );
    const p = await expectProblem(res, 400, 'bad-request');
    expect(p.detail).toMatch(/mapping is invalid: not valid JSON/);
  });

  it('answers 400 for a JSON mapping of the wrong shape', async () => {
    const res = await postJson(app, '/api/import', {
      workbooks: [readXlsx(french, { name: FRENCH_NAME })],
      mapping: { sheets: { X: { kind: 'cats', headerRow: 1 } } },
    });
    const p = await expectProblem(res, 400, 'bad-request');
    expect(p.detail).toContain('kind must be one of');
  });

  it('answers 400 when more than one workbook is sent', async () => {
    const res = await postForm(
      app,
      '/api/import',
      form([
        { name: 'a.xlsx', bytes: french },
        { name: 'b.xlsx', bytes: french },
      ]),
    );
    const p = await expectProblem(res, 400, 'bad-request');
    expect(p.detail).toContain('one workbook at a time; 2 were sent');
  });

  it('answers 400 for a JSON snapshot that already is canonical', async () => {
    const snapshot = readXlsx(await xlsxFixture(), { name: 'register.xlsx' });
    const p = await expectProblem(
      await postJson(app, '/api/import', { workbooks: [snapshot] }),
      400,
      'bad-request',
    );
    expect(p.detail).toContain('already a canonical ISMS workbook');
  });

  it('answers 415 for a body that is neither multipart nor JSON, and 405 for GET', async () => {
    await expectProblem(
      await app.request('/api/import', {
        method: 'POST',
        body: 'x',
        headers: { 'content-type': 'text/plain' },
      }),
      415,
      'unsupported-media-type',
    );
    await expectProblem(await app.request('/api/import'), 405, 'method-not-allowed');
  });
});

describe('attachment', () => {
  it('gives an ASCII fallback and the UTF-8 name for accented file names', () => {
    expect(attachment(convertedName('Registre 2024 – sécurité.xlsx'))).toBe(
      `attachment; filename="Registre 2024 _ securite (canonical).xlsx"; filename*=UTF-8''${encodeURIComponent('Registre 2024 – sécurité (canonical).xlsx')}`,
    );
  });
});
