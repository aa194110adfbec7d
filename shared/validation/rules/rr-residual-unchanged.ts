/**
 * RR-RESIDUAL-UNCHANGED: a risk to be modified with controls listed, whose residual assessment
 * equals the inherent one — the residual does not reflect the planned treatment (6.1.2 d, 6.1.3).
 */
import { hasResidual, inherentOf, residualOf } from '../../risk/risk-levels';
import type { Finding } from '../../findings/finding';
import { firstPresent, makeFinding, whereOf } from '../make-finding';
import { riskLabel } from '../messages';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';

export const rrResidualUnchanged = defineRule({
  id: 'RR-RESIDUAL-UNCHANGED',
  severity: 'observation',
  clause: '6.1.3',
  stage: 'stage1',
  check: ({ wb }) => {
    const m = wb.methodology;
    if (!m) return [];
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      if (r.treatmentOption !== 'modify' || r.controls.length === 0 || !hasResidual(r)) continue;
      const inherent = inherentOf(m, r);
      const residual = residualOf(m, r);
      if (!inherent || !residual || residual.score !== inherent.score) continue;
      const key = firstPresent(r.ref, 'residualScore', 'residualLikelihood');
      out.push(
        makeFinding(
          'RR-RESIDUAL-UNCHANGED',
          whereOf(wb.name, r.ref, key),
          TREAT.residualUnchanged(riskLabel(r.id, r.ref.row), residual.score),
        ),
      );
    }
    return out;
  },
});
