import { describe, expect, it, vi } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';
import { describeInputErrors } from './input-errors';
import {
  TODAY,
  expectProblem,
  form,
  postForm,
  postJson,
  testApp,
  xlsxFixture,
} from './route-support';

type Finding = {
  rule: string;
  severity: string;
  workbook: string;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  message: string;
};
type ValidateBody = {
  asOf: string;
  findings: Finding[];
  summary: {
    total: number;
    major: number;
    minor: number;
    observation: number;
    byRule: Record<string, number>;
  };
  workbooks: {
    name: string;
    findings: Finding[];
    summary: { total: number };
    heatMaps: unknown;
    soaProgress: unknown;
  }[];
};

const ownerless = { rows: { tblRisks: [{ ...cleanRisk('R-001'), 'Risk Owner': null }] } };

describe('POST /api/validate', () => {
  const app = testApp();

  it('validates an uploaded xlsx and returns findings in the --json shape with per-workbook extras', async () => {
    const res = await postForm(
      app,
      '/api/validate',
      form([{ name: 'register.xlsx', bytes: await xlsxFixture(ownerless) }]),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as ValidateBody;
    expect(body.asOf).toBe(TODAY);
    const required = body.findings.find((f) => f.rule === 'RR-REQUIRED');
    expect(required).toMatchObject({ workbook: 'register.xlsx', sheet: 'Risks', row: 2 });
    expect(Object.keys(required!).sort()).toEqual([
      'cell',
      'message',
      'row',
      'rule',
      'severity',
      'sheet',
      'workbook',
    ]);
    expect(body.summary.total).toBe(body.findings.length);
    expect(body.workbooks).toHaveLength(1);
    expect(body.workbooks[0].name).toBe('register.xlsx');
    expect(body.workbooks[0].heatMaps).not.toBeNull();
    expect(body.workbooks[0].soaProgress).not.toBeNull();
  });

  it('validates the JSON workbook model the add-in sends, with its asOf', async () => {
    const clean = canonicalSnapshot('clean.xlsx', { risks: [cleanRisk('R-001')] });
    const res = await postJson(app, '/api/validate', { workbooks: [clean], asOf: '2024-01-31' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ValidateBody;
    expect(body.asOf).toBe('2024-01-31');
    expect(body.findings).toEqual([]);
    expect(body.summary).toMatchObject({ total: 0, major: 0 });
  });

  it('takes ?asOf= over the body and reports overdue treatment against it', async () => {
    const late = canonicalSnapshot('late.xlsx', { risks: [cleanRisk('R-001')] });
    const res = await postJson(app, '/api/validate?asOf=2031-01-15', {
      workbooks: [late],
      asOf: '2024-01-31',
    });
    const body = (await res.json()) as ValidateBody;
    expect(body.asOf).toBe('2031-01-15');
    expect(body.findings.map((f) => f.rule)).toContain('RR-OVERDUE');
  });

  it('accepts several files, under "files" and "file", each assessed on its own', async () => {
    const bytes = await xlsxFixture(ownerless);
    const res = await postForm(
      app,
      '/api/validate',
      form([
        { name: 'a.xlsx', bytes },
        { name: 'b.xlsx', bytes, field: 'file' },
      ]),
    );
    const body = (await res.json()) as ValidateBody;
    expect(body.workbooks.map((w) => w.name)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(new Set(body.findings.map((f) => f.workbook))).toEqual(new Set(['a.xlsx', 'b.xlsx']));
  });

  it('reads a CSV upload and keeps its malformed rows as findings', async () => {
    const csv = 'Risk ID,Description,Risk Owner\nR-1,Phishing,CISO\nR-2,too,many,fields\n';
    const res = await postForm(
      app,
      '/api/validate',
      form([{ name: 'risks.csv', bytes: csv, type: 'text/csv' }]),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as ValidateBody;
    expect(body.findings.find((f) => f.rule === 'CSV-MALFORMED-ROW')).toMatchObject({
      workbook: 'risks.csv',
      row: 3,
    });
  });

  it('answers 413 when more files are uploaded than allowed', async () => {
    const bytes = await xlsxFixture();
    const parts = Array.from({ length: 3 }, (_, i) => ({ name: `r${i}.xlsx`, bytes }));
    const res = await postForm(testApp({ limits: { maxFiles: 2 } }), '/api/validate', form(parts));
    expect((await expectProblem(res, 413, 'payload-too-large')).errors[0].field).toBe('files');
  });

  it('answers 400 when text is sent under the files field', async () => {
    const fd = new FormData();
    fd.append('files', 'register.xlsx');
    const p = await expectProblem(await postForm(app, '/api/validate', fd), 400, 'bad-request');
    expect(p.errors[0].field).toBe('files');
  });

  it('answers a bare 500 problem, logging the error but not disclosing it, when the core throws', async () => {
    const log = vi.fn();
    const broken = testApp({
      log,
      services: {
        assess: () => {
          throw new Error('secret internal state');
        },
      },
    });
    const res = await postJson(broken, '/api/validate', {
      workbooks: [canonicalSnapshot('x.xlsx')],
    });
    const p = await expectProblem(res, 500, 'internal-error');
    expect(JSON.stringify(p)).not.toContain('secret internal state');
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('unknown routes', () => {
  it('answers 404 problem+json for a path the API does not have', async () => {
    const res = await testApp().request('/api/nope');
    const p = await expectProblem(res, 404, 'not-found');
    expect(p.instance).toBe('/api/nope');
  });
});

describeInputErrors('/api/validate');
