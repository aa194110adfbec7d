import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';
import { describeInputErrors } from './input-errors';
import { form, postForm, postJson, testApp, xlsxFixture } from './route-support';

type ReadinessBody = { overall: number; verdict: string; areas: unknown[]; blockers: unknown[] };

describe('POST /api/readiness', () => {
  const app = testApp();

  it('scores the JSON workbooks 0–100 with a verdict', async () => {
    const wb = canonicalSnapshot('isms.xlsx', { risks: [cleanRisk('R-001')] });
    const res = await postJson(app, '/api/readiness', { workbooks: [wb] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReadinessBody;
    expect(body.overall).toBeGreaterThanOrEqual(0);
    expect(body.overall).toBeLessThanOrEqual(100);
    expect(typeof body.verdict).toBe('string');
    expect(Array.isArray(body.areas)).toBe(true);
  });

  it('scores an uploaded xlsx the same as its JSON snapshot would be', async () => {
    const res = await postForm(
      app,
      '/api/readiness',
      form([{ name: 'isms.xlsx', bytes: await xlsxFixture() }]),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReadinessBody;
    expect(Array.isArray(body.blockers)).toBe(true);
  });
});

describeInputErrors('/api/readiness');
