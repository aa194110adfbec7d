/**
 * RR-ACCEPTANCE-MISSING: the residual score (the inherent one when no residual is assessed) is
 * above the acceptance threshold, and Accepted By or Acceptance Date is blank (6.1.3 f).
 */
import type { IsmsWorkbook, Risk } from '../../model/types';
import { hasResidual, inherentOf, residualOf } from '../../risk/risk-levels';
import { rateScore } from '../../risk/score-risk';
import type { Finding } from '../../findings/finding';
import { firstPresent, makeFinding, whereOf } from '../make-finding';
import { RR, riskLabel } from '../messages';
import { defineRule } from '../rule';

/** Risks whose residual (inherent when none is assessed) is above the acceptance threshold. */
export function aboveThreshold(wb: IsmsWorkbook): Risk[] {
  const m = wb.methodology;
  if (!m) return [];
  return (wb.risks ?? []).filter((r) => {
    const a = hasResidual(r) ? residualOf(m, r) : inherentOf(m, r);
    return a !== null && a.score > m.acceptanceThreshold;
  });
}

export const rrAcceptanceMissing = defineRule({
  id: 'RR-ACCEPTANCE-MISSING',
  severity: 'minor',
  clause: '6.1.3 f)',
  stage: 'stage1',
  // One missing acceptance is a lapse; most risks above the appetite unaccepted is systemic.
  escalation: {
    min: 2,
    share: 0.5,
    of: 'risks above the acceptance threshold',
    population: ({ wb }) => aboveThreshold(wb).length,
  },
  check: ({ wb }) => {
    const m = wb.methodology;
    if (!m) return [];
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      // A residual assessment that cannot be read (RR-SCALE) is not replaced by the inherent one.
      const residual = hasResidual(r);
      const a = residual ? residualOf(m, r) : inherentOf(m, r);
      if (!a || a.score <= m.acceptanceThreshold) continue;
      if (r.acceptedBy !== null && r.acceptanceDate !== null) continue;
      const key = r.acceptedBy === null ? 'acceptedBy' : 'acceptanceDate';
      const where = whereOf(
        wb.name,
        r.ref,
        firstPresent(r.ref, key, 'acceptedBy', 'acceptanceDate'),
      );
      const rating = rateScore(m, a.score)?.name ?? '';
      out.push(
        makeFinding(
          'RR-ACCEPTANCE-MISSING',
          where,
          RR.acceptanceMissing(
            riskLabel(r.id, r.ref.row),
            RR.which(residual),
            a.score,
            rating,
            m.acceptanceThreshold,
          ),
        ),
      );
    }
    return out;
  },
});
