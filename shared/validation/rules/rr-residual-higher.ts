/** RR-RESIDUAL-HIGHER: the residual score (as the method computes it) is above the inherent one. */
import { inherentOf, residualOf } from '../../risk/risk-levels';
import type { Finding } from '../../findings/finding';
import { firstPresent, makeFinding, whereOf } from '../make-finding';
import { RR, riskLabel } from '../messages';
import { defineRule } from '../rule';

export const rrResidualHigher = defineRule({
  id: 'RR-RESIDUAL-HIGHER',
  severity: 'minor',
  clause: '6.1.3, 8.3',
  stage: 'stage1',
  check: ({ wb }) => {
    const m = wb.methodology;
    if (!m) return [];
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      const inherent = inherentOf(m, r);
      const residual = residualOf(m, r);
      if (!inherent || !residual || residual.score <= inherent.score) continue;
      const where = whereOf(
        wb.name,
        r.ref,
        firstPresent(r.ref, 'residualScore', 'residualLikelihood'),
      );
      out.push(
        makeFinding(
          'RR-RESIDUAL-HIGHER',
          where,
          RR.residualHigher(riskLabel(r.id, r.ref.row), residual.score, inherent.score),
        ),
      );
    }
    return out;
  },
});
