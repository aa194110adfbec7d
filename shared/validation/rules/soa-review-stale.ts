/** SOA-REVIEW-STALE: an SoA row last reviewed more than 12 months before `asOf` (6.1.3 d kept current). */
import { makeFinding, whereOf } from '../make-finding';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';
import { daysBefore, STALE_DAYS } from './dates';
import { soaControlLabel } from './soa-label';

export const soaReviewStale = defineRule({
  id: 'SOA-REVIEW-STALE',
  severity: 'observation',
  clause: '6.1.3 d)',
  stage: 'stage1',
  check: ({ wb, asOf }) => {
    const since = daysBefore(asOf, STALE_DAYS);
    return (wb.soa ?? [])
      .filter((e) => e.lastReviewed !== null && e.lastReviewed < since)
      .map((e) =>
        makeFinding(
          'SOA-REVIEW-STALE',
          whereOf(wb.name, e.ref, 'lastReviewed'),
          TREAT.reviewStale(`Control ${soaControlLabel(e)}`, e.lastReviewed ?? '', since),
        ),
      );
  },
});
