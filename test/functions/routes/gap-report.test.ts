import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';
import { describeInputErrors } from './input-errors';
import { expectProblem, form, postForm, postJson, testApp, xlsxFixture } from './route-support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const body = () => ({
  workbooks: [canonicalSnapshot('isms.xlsx', { risks: [cleanRisk('R-001')] })],
  asOf: '2025-06-30',
});

describe('POST /api/gap-report', () => {
  const app = testApp();

  it('returns the report as JSON by default', async () => {
    const res = await postJson(app, '/api/gap-report', body());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toBe(
      'inline; filename="gap-report-2025-06-30.json"',
    );
    expect(Object.keys(await res.json()).length).toBeGreaterThan(0);
  });

  it('returns a self-contained HTML page for ?format=html', async () => {
    const res = await postJson(app, '/api/gap-report?format=html', body());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<html/i);
    expect(html).not.toMatch(/<script[^>]+src=/i);
  });

  it('returns xlsx bytes as an attachment for Accept: the xlsx media type', async () => {
    const res = await postForm(
      app,
      '/api/gap-report',
      form([{ name: 'isms.xlsx', bytes: await xlsxFixture() }]),
      { accept: XLSX },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="gap-report-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);
  });

  it('prefers Accept: text/html over JSON when no format is given', async () => {
    const res = await postJson(app, '/api/gap-report', body(), { accept: 'text/html' });
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers 400 naming the field for an unknown format', async () => {
    const p = await expectProblem(
      await postJson(app, '/api/gap-report?format=pdf', body()),
      400,
      'bad-request',
    );
    expect(p.errors[0].field).toBe('query.format');
  });
});

describeInputErrors('/api/gap-report');
