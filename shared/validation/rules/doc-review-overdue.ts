/** DOC-REVIEW-OVERDUE: a document whose Next Review date is before `asOf` (7.5.2, 7.5.3). */
import { makeFinding, whereOf } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineRule } from '../rule';

export const docReviewOverdue = defineRule({
  id: 'DOC-REVIEW-OVERDUE',
  severity: 'minor',
  clause: '7.5.2, 7.5.3',
  stage: 'stage1',
  check: ({ wb, asOf }) =>
    (wb.documents ?? [])
      .filter((d) => d.nextReview !== null && d.nextReview < asOf)
      .map((d) =>
        makeFinding(
          'DOC-REVIEW-OVERDUE',
          whereOf(wb.name, d.ref, 'nextReview'),
          RECORDS.docReviewOverdue(`"${d.title ?? d.id}"`, d.nextReview ?? '', asOf),
        ),
      ),
});
