/**
 * MR-NO-REVIEW: the workbook keeps a management review table (tblReviews) but records no meeting
 * in the 12 months up to `asOf`. 9.3.1 requires reviews at planned intervals; certification
 * bodies expect at least one a year, and before Stage 2. A table with no dated meeting at all is
 * ISMS-NO-MANAGEMENT-REVIEW's finding (one blocker, not two for the same absence).
 */
import { makeFinding } from '../make-finding';
import { MR } from '../messages-review';
import { defineRule } from '../rule';
import { lastMeeting, yearBefore } from '../../vocabulary/review-dates';

export const mrNoReview = defineRule({
  id: 'MR-NO-REVIEW',
  severity: 'major',
  clause: '9.3.1',
  stage: 'stage1',
  check: ({ wb, asOf }) => {
    const reviews = wb.reviews;
    if (!reviews) return [];
    const last = lastMeeting([wb], asOf);
    // No meeting dated at all is ISMS-NO-MANAGEMENT-REVIEW's finding (one blocker, not two).
    if (last === null && reviews.every((r) => r.meetingDate === null)) return [];
    if (last !== null && last >= yearBefore(asOf)) return [];
    const where = {
      workbook: wb.name,
      sheet: reviews[0]?.ref.sheet ?? null,
      cell: null,
      row: null,
    };
    return [makeFinding('MR-NO-REVIEW', where, MR.noReview(last, asOf))];
  },
});
