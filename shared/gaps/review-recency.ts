/**
 * "No management review in the last 12 months" (9.3: at planned intervals; certification bodies
 * expect at least one a year): a roadmap blocker when the set keeps a tblReviews table whose
 * latest meeting is more than a year before asOf, or which records no meeting at all, and the
 * readiness score has not already raised the missing review.
 */
import type { IsmsWorkbook } from '../model/types';
import { GAP_TEXT } from './messages';

export function yearBefore(asOf: string): string {
  return `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;
}

export function lastMeeting(workbooks: readonly IsmsWorkbook[], asOf: string): string | null {
  const dates = workbooks
    .flatMap((w) => w.reviews ?? [])
    .map((r) => r.meetingDate)
    .filter((d): d is string => d !== null && d <= asOf)
    .sort();
  return dates[dates.length - 1] ?? null;
}

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
