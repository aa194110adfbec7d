/**
 * RR-ACCEPTANCE-MISSING: the residual score (the inherent one when no residual is assessed) is
 * above the acceptance threshold, and Accepted By or Acceptance Date is blank (6.1.3 f).
 */
import { hasResidual, inherentOf, residualOf } from '../../risk/risk-levels';
import { rateScore } from '../../risk/score-risk';
import type { Finding } from '../finding';
import { firstPresent, makeFinding, whereOf } from '../make-finding';
import { RR, riskLabel } from '../messages';
import type { Rule } from '../rule';

export const rrAcceptanceMissing: Rule = {
  id: 'RR-ACCEPTANCE-MISSING',
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
};
