import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../shared/cross/consolidate';
import { cleanRisk, THREE_BY_THREE, workbook } from './fixtures';

const sales = () =>
  workbook('sales.xlsx', {
    risks: [
      cleanRisk('S-1'),
      cleanRisk('S-2', {
        Likelihood: 5,
        Impact: 5,
        'Residual Likelihood': 4,
        'Residual Impact': 4,
      }),
    ],
  });
const ops = () =>
  workbook(
    'ops.xlsx',
    {
      risks: [
        cleanRisk('O-1', {
          Likelihood: 2,
          Impact: 3,
          'Residual Likelihood': 1,
          'Residual Impact': 2,
        }),
      ],
    },
    { methodology: THREE_BY_THREE },
  );

describe('consolidate', () => {
  it('rescores a 3×3 register on the first workbook’s 5×5 method and states the rescaling', () => {
    const view = consolidate([sales(), ops()]);
    expect(view.methodologySource).toBe('sales.xlsx');
    expect(view.basis).toBe('first');
    const o1 = view.risks.find((r) => r.id === 'O-1');
    expect(o1).toMatchObject({
      originalLikelihood: 2,
      originalImpact: 3,
      likelihood: 3,
      impact: 5,
      inherentScore: 15,
      inherentRating: 'High',
      residualLikelihood: 1,
      residualImpact: 3,
      residualScore: 3,
      residualRating: 'Low',
      residualColor: '#92D050',
      residualRank: 0,
    });
    const r = view.rescaling.find((x) => x.workbook === 'ops.xlsx');
    expect(r?.kind).toBe('rescaled');
    expect(r?.likelihood?.levels).toEqual([
      [1, 1],
      [2, 3],
      [3, 5],
    ]);
    expect(r?.statement).toContain(
      'likelihood mapped from 3 to 5 levels by round(1 + (level − 1) × 4 / 2) (1→1, 2→3, 3→5)',
    );
    expect(view.rescaling.find((x) => x.workbook === 'sales.xlsx')?.kind).toBe('same');
  });

  it('keeps the scores of workbooks already on the consolidated method', () => {
    const view = consolidate([sales(), ops()]);
    expect(view.risks.find((r) => r.id === 'S-2')).toMatchObject({
      likelihood: 5,
      impact: 5,
      inherentScore: 25,
      residualScore: 16,
      residualRating: 'Critical',
    });
  });

  it('chooses the most common method when most workbooks share one', () => {
    const view = consolidate([ops(), sales(), workbook('hr.xlsx', { risks: [cleanRisk('H-1')] })]);
    expect(view.methodologySource).toBe('sales.xlsx');
    expect(view.basis).toBe('most-common');
  });

  it('builds consolidated heat maps in band colours, with residual falling back to inherent', () => {
    const noResidual = workbook('hr.xlsx', {
      risks: [cleanRisk('H-1', { 'Residual Likelihood': null, 'Residual Impact': null })],
    });
    const view = consolidate([sales(), ops(), noResidual]);
    const inherent = view.heatMaps?.inherent;
    const cell = (l: number, i: number) =>
      inherent?.cells.find((c) => c.likelihood === l && c.impact === i);
    expect(cell(3, 4)).toMatchObject({
      count: 2,
      riskIds: ['S-1', 'H-1'],
      band: 'High',
      color: '#FFC000',
    });
    expect(cell(3, 5)).toMatchObject({ count: 1, riskIds: ['O-1'] });
    const residual = view.heatMaps?.residual.cells.find(
      (c) => c.likelihood === 3 && c.impact === 4,
    );
    expect(residual?.riskIds).toEqual(['H-1']);
    expect(inherent?.total).toBe(4);
  });

  it('reads levels as they are for a register with no documented method, and says so', () => {
    const bare = workbook('bare.xlsx', { risks: [cleanRisk('B-1')] }, { methodology: null });
    const view = consolidate([sales(), bare]);
    expect(view.rescaling.find((x) => x.workbook === 'bare.xlsx')).toMatchObject({
      kind: 'assumed',
    });
    expect(view.risks.find((r) => r.id === 'B-1')?.inherentScore).toBe(12);
  });

  it('has no method, no ratings and no heat maps when no workbook documents a method', () => {
    const view = consolidate([
      workbook('bare.xlsx', { risks: [cleanRisk('B-1')] }, { methodology: null }),
    ]);
    expect(view).toMatchObject({ methodology: null, basis: 'none', heatMaps: null, risks: [] });
  });
});
