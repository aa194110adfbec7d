import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';
import { describeInputErrors } from './input-errors';
import { TODAY, form, postForm, postJson, testApp, xlsxFixture } from './route-support';

type CheckBody = {
  asOf: string;
  workbooks: string[];
  findings: { rule: string; workbook: string }[];
  summary: { total: number };
  consolidated: { risks: unknown[]; rescaling: unknown[] };
};

describe('POST /api/check', () => {
  const app = testApp();

  it('finds the same risk id with different content in two workbooks (XWB-DUP-RISK-ID)', async () => {
    const a = canonicalSnapshot('unit-a.xlsx', { risks: [cleanRisk('R-001')] });
    const b = canonicalSnapshot('unit-b.xlsx', {
      risks: [cleanRisk('R-001', { Description: 'Something else entirely' })],
    });
    const res = await postJson(app, '/api/check', { workbooks: [a, b] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CheckBody;
    expect(body.asOf).toBe(TODAY);
    expect(body.workbooks).toEqual(['unit-a.xlsx', 'unit-b.xlsx']);
    expect(body.findings.map((f) => f.rule)).toContain('XWB-DUP-RISK-ID');
    expect(body.summary.total).toBe(body.findings.length);
    expect(body.consolidated.risks).toHaveLength(2);
  });

  it('checks uploaded xlsx files', async () => {
    const bytes = await xlsxFixture({ rows: { tblRisks: [cleanRisk('R-001')] } });
    const res = await postForm(
      app,
      '/api/check',
      form([
        { name: 'a.xlsx', bytes },
        { name: 'b.xlsx', bytes },
      ]),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as CheckBody;
    expect(body.workbooks).toEqual(['a.xlsx', 'b.xlsx']);
    expect(body.findings.filter((f) => f.rule === 'XWB-DUP-RISK-ID')).toEqual([]);
    expect(body.consolidated.risks).toHaveLength(2);
  });
});

describeInputErrors('/api/check');
