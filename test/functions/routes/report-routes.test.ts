import { describe, expect, it } from 'vitest';
import { populatedSnapshot } from '../../support/populated';
import { describeInputErrors } from './input-errors';
import { expectProblem, postJson, testApp } from './route-support';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const body = () => ({ workbooks: [populatedSnapshot()], asOf: '2025-06-30' });

describe('POST /api/review-pack, /api/treatment-plan, /api/soa-report', () => {
  const app = testApp();

  it('returns the review pack as JSON with the 9.3 inputs', async () => {
    const res = await postJson(app, '/api/review-pack', body());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'inline; filename="review-pack-2025-06-30.json"',
    );
    const p = (await res.json()) as {
      previousActions: unknown[];
      decisions: unknown[];
      changes: { sinceLastReview: unknown };
    };
    expect(p.previousActions).toHaveLength(2);
    expect(p.decisions.length).toBeGreaterThan(0);
    expect(p.changes.sinceLastReview).toBeNull();
  });

  it('returns slides for ?format=pptx and for Accept: the pptx media type', async () => {
    for (const [q, h] of [
      ['?format=pptx', {}],
      ['', { accept: PPTX }],
    ] as const) {
      const res = await postJson(app, `/api/review-pack${q}`, body(), h);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(PPTX);
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="review-pack-2025-06-30.pptx"',
      );
      const b = new Uint8Array(await res.arrayBuffer());
      expect([b[0], b[1]]).toEqual([0x50, 0x4b]);
    }
  });

  it('returns the treatment plan and the SoA report in each of their formats', async () => {
    for (const path of ['/api/treatment-plan', '/api/soa-report']) {
      const html = await postJson(app, `${path}?format=html`, body());
      expect(html.headers.get('content-type')).toMatch(/^text\/html/);
      const xlsx = await postJson(app, path, body(), { accept: XLSX });
      expect(xlsx.headers.get('content-type')).toBe(XLSX);
    }
    const plan = (await (await postJson(app, '/api/treatment-plan', body())).json()) as {
      rows: { riskId: string }[];
    };
    expect(plan.rows.map((r) => r.riskId)).toEqual(['R-1', 'R-2', 'R-3']);
    const soa = (await (await postJson(app, '/api/soa-report', body())).json()) as {
      rows: unknown[];
      documentControl: { version: string };
    };
    expect(soa.rows).toHaveLength(93);
    expect(soa.documentControl.version).toBe('3.1');
  });

  it('refuses a format the kind does not have, naming the field', async () => {
    const p = await expectProblem(
      await postJson(app, '/api/treatment-plan?format=pptx', body()),
      400,
      'bad-request',
    );
    expect(p.errors[0]).toMatchObject({
      field: 'query.format',
      detail: 'expected xlsx | html | json | csv',
    });
  });
});

describeInputErrors('/api/review-pack');
