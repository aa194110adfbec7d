/**
 * "No management review in the last 12 months" (9.3: at planned intervals; certification bodies
 * expect at least one a year): a roadmap blocker when the set keeps a tblReviews table whose
 * latest meeting is more than a year before asOf, or which records no meeting at all, and the
 * readiness score has not already raised the missing review.
 */
import type { IsmsWorkbook } from '../model/types';
import { lastMeeting, yearBefore } from '../vocabulary/review-dates';
import { GAP_TEXT } from './messages';

export function reviewBlocker(
  workbooks: readonly IsmsWorkbook[],
  asOf: string,
  blockers: readonly { readonly id: string }[],
): { id: string; reason: string; ref: string }[] {
  if (blockers.some((b) => b.id === 'no-management-review')) return [];
  if (!workbooks.some((w) => w.reviews)) return [];
  const last = lastMeeting(workbooks, asOf);
  if (last !== null && last >= yearBefore(asOf)) return [];
  return [{ id: 'no-management-review', reason: GAP_TEXT.noRecentReview(last), ref: 'Clause 9.3' }];
}
