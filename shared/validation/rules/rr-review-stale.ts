/** RR-REVIEW-STALE: a risk last reviewed more than 12 months before `asOf` (8.2 planned intervals). */
import { makeFinding, whereOf } from '../make-finding';
import { riskLabel } from '../messages';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';
import { daysBefore, STALE_DAYS } from './dates';

export const rrReviewStale = defineRule({
  id: 'RR-REVIEW-STALE',
  severity: 'observation',
  clause: '8.2',
  stage: 'stage2',
  check: ({ wb, asOf }) => {
    const since = daysBefore(asOf, STALE_DAYS);
    return (wb.risks ?? [])
      .filter((r) => r.lastReviewed !== null && r.lastReviewed < since)
      .map((r) =>
        makeFinding(
          'RR-REVIEW-STALE',
          whereOf(wb.name, r.ref, 'lastReviewed'),
          TREAT.reviewStale(riskLabel(r.id, r.ref.row), r.lastReviewed ?? '', since),
        ),
      );
  },
});
