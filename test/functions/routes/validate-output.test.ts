/**
 * Issue #11 items 3 and 9 (output side): /api/validate sends each finding once, caps the list
 * with an exact summary, and bounds the heat maps' id lists, so the response size is bounded by
 * the cap and not by the register.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAP } from '../../../shared/validation/cap-findings';
import { MAX_IDS_PER_CELL } from '../../../functions/http/bound-output';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';
import { postJson, testApp } from './route-support';

type Body = {
  findings: { rule: string; row: number | null; message: string }[];
  summary: { total: number; omitted: number; byRule: Record<string, number> };
  workbooks: Record<string, unknown>[];
};

function ownerless(n: number) {
  return Array.from({ length: n }, (_, i) =>
    cleanRisk(`R-${i + 1}`, { 'Risk Owner': null, Likelihood: 3, Impact: 3 }),
  );
}

describe('POST /api/validate output', () => {
  const app = testApp();

  it('sends each finding once: in the top-level list, not again per workbook', async () => {
    const wb = canonicalSnapshot('a.xlsx', { risks: ownerless(3) });
    const res = await postJson(app, '/api/validate', { workbooks: [wb], asOf: '2025-06-30' });
    const text = await res.text();
    const body = JSON.parse(text) as Body;
    expect(body.workbooks[0]).not.toHaveProperty('findings');
    expect(body.workbooks[0].summary).toMatchObject({ total: body.summary.total });
    const message = body.findings[0].message;
    expect(text.split(JSON.stringify(message)).length - 1).toBe(1);
  });

  it('caps a rule at the per-rule limit with one "and N more" finding and an exact summary', async () => {
    const n = DEFAULT_CAP.perRule + 150;
    const wb = canonicalSnapshot('big.xlsx', { risks: ownerless(n) });
    const res = await postJson(app, '/api/validate', { workbooks: [wb], asOf: '2025-06-30' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    const required = body.findings.filter((f) => f.rule === 'RR-REQUIRED');
    expect(required).toHaveLength(DEFAULT_CAP.perRule + 1);
    expect(required.at(-1)).toMatchObject({ row: null });
    expect(required.at(-1)!.message).toContain(`and 150 more RR-REQUIRED findings`);
    expect(body.summary.byRule['RR-REQUIRED']).toBe(n);
    expect(body.summary.omitted).toBeGreaterThanOrEqual(150);
  });

  it('lists at most 100 risk ids per heat map cell and keeps the exact count', async () => {
    const n = MAX_IDS_PER_CELL + 20;
    const risks = Array.from({ length: n }, (_, i) =>
      cleanRisk(`R-${i + 1}`, { Likelihood: 3, Impact: 3 }),
    );
    const wb = canonicalSnapshot('hm.xlsx', { risks });
    const body = (await (
      await postJson(app, '/api/validate', { workbooks: [wb], asOf: '2025-06-30' })
    ).json()) as { workbooks: { heatMaps: { inherent: { cells: Cell[] } } }[] };
    type Cell = { count: number; riskIds: string[]; riskIdsOmitted: number };
    const cell = body.workbooks[0].heatMaps.inherent.cells.find((c) => c.count === n)!;
    expect(cell.riskIds).toHaveLength(MAX_IDS_PER_CELL);
    expect(cell.riskIdsOmitted).toBe(20);
  });
});
