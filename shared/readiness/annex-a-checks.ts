/**
 * Annex A implementation (46 points, docs/readiness.md). Each applicable control falls short by
 * a weight: Not implemented, Planned or no status 1 (a planned control is not in operation),
 * Partially implemented 0.5, Implemented without evidence 0.25. Each group loses
 * ceil(46 × count × weight ÷ applicable) points — rounded up, so that any shortfall costs at
 * least a point — and the area cannot lose more than 46. No SoA, or no applicable control, loses
 * all 46. Computed in quarters, so exactly.
 */
import type { MergedControl } from '../gaps/merge-soa';
import type { Deduction } from './types';
import { annexLabel } from '../cross/source-cell';
import { deduct, listed, type Context } from './deduction';
import { DEDUCTION_TEXT as T } from './messages';

const AREA = 'annex-a';
export const ANNEX_A_POINTS = 46;

type Group = {
  check: string;
  /** Weight in quarters (4 = 1.0). */ quarters: number;
  label: string;
  test: (m: MergedControl) => boolean;
};

const GROUPS: readonly Group[] = [
  {
    check: 'AA-NOT-IMPLEMENTED',
    quarters: 4,
    label: 'not implemented',
    test: (m) => m.status === 'Not implemented',
  },
  {
    check: 'AA-NO-STATUS',
    quarters: 4,
    label: 'without implementation status',
    test: (m) => m.status === null,
  },
  { check: 'AA-PLANNED', quarters: 4, label: 'planned only', test: (m) => m.status === 'Planned' },
  {
    check: 'AA-PARTIAL',
    quarters: 2,
    label: 'partially implemented',
    test: (m) => m.status === 'Partially implemented',
  },
  {
    check: 'AA-NO-EVIDENCE',
    quarters: 1,
    label: 'implemented without an evidence reference',
    test: (m) => m.status === 'Implemented' && !m.evidence,
  },
];

export function annexAChecks(ctx: Context): Deduction[] {
  if (!ctx.merged) return [deduct(AREA, ANNEX_A_POINTS, 'AA-NO-SOA', 'Annex A', T['AA-NO-SOA']())];
  const applicable = ctx.merged.filter((m) => m.applicable === true);
  if (applicable.length === 0)
    return [
      deduct(AREA, ANNEX_A_POINTS, 'AA-NONE-APPLICABLE', 'Annex A', T['AA-NONE-APPLICABLE']()),
    ];
  const out: Deduction[] = [];
  for (const g of GROUPS) {
    const hit = applicable.filter(g.test);
    if (hit.length === 0) continue;
    const num = ANNEX_A_POINTS * hit.length * g.quarters;
    const den = 4 * applicable.length;
    const points = Math.floor((num + den - 1) / den);
    const ids = listed(
      hit.map((m) => annexLabel(m.control.id)),
      12,
    );
    const reason = T['AA-GROUP'](
      hit.length,
      applicable.length,
      g.label,
      ids,
      ANNEX_A_POINTS,
      g.quarters / 4,
      points,
    );
    out.push(
      deduct(
        AREA,
        points,
        g.check,
        'Annex A',
        reason,
        hit.flatMap((m) => (m.source ? [m.source] : [])),
      ),
    );
  }
  return out;
}
