/**
 * What the worker posts to the pane: findings in slices that add up to the run's findings, the
 * result without the register (heat-map cells keep exact counts, not ids), and a picked cell's
 * risks listed on request, at most as many as asked.
 */
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../addin/engine/session';
import { SLICE, slicesOf, withoutBulk } from '../../../addin/engine/transport';
import { cleanRisk, snapshotFromTables } from '../../support/snapshot';

const AS_OF = '2025-06-30';
const risks = Array.from({ length: 30 }, (_, k) =>
  cleanRisk(`R${k + 1}`, { Likelihood: 4, Impact: 4, 'Risk Owner': k % 2 ? null : 'CIO' }),
);
const register = snapshotFromTables('reg.xlsx', { tblRisks: risks });

describe('worker transport', () => {
  it('slices the findings in order, none lost', () => {
    const many = Array.from({ length: 2 * SLICE + 5 }, (_, i) => i);
    const slices = slicesOf(many as never[]);
    expect(slices.map((s) => s.length)).toEqual([SLICE, SLICE, 5]);
    expect(slices.flat()).toEqual(many);
  });

  it('leaves the register in the worker: counts stay, ids and risks do not travel', () => {
    const s = makeSession('main');
    const r = s.run({ snapshots: [register], files: [] }, AS_OF, () => {});
    const sent = withoutBulk(r);
    expect(sent.assessment.findings).toEqual([]);
    expect(sent.assessment.workbook.risks).toBeNull();
    const full = r.assessment.heatMaps!.inherent.cells;
    const slim = sent.assessment.heatMaps!.inherent.cells;
    expect(slim.map((c) => c.count)).toEqual(full.map((c) => c.count));
    expect(slim.every((c) => c.riskIds.length === 0)).toBe(true);
    expect(sent.digest).toBe(r.digest);
    expect(sent.digest.counts.major).toBe(r.assessment.summary.major);
  });

  it('lists a picked cell’s risks on request, the first `limit` and how many in all', () => {
    const s = makeSession('main');
    const r = s.run({ snapshots: [register], files: [] }, AS_OF, () => {});
    const busy = r.assessment.heatMaps!.inherent.cells.find((c) => c.count > 0)!;
    expect(busy.count).toBe(30);
    const got = s.cellRisks('inherent', busy, 10);
    expect(got.total).toBe(30);
    expect(got.risks.map((x) => x.id)).toEqual(busy.riskIds.slice(0, 10));
    expect(got.risks[0].description).toBe(risks[0].Description);
    expect(s.cellRisks('residual', { likelihood: 9, impact: 9 }, 10)).toEqual({
      risks: [],
      total: 0,
    });
  });
});
