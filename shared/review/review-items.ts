/**
 * Rows of tblReviews as review items, each classed by the 9.3.2 input it covers: an explicit
 * `9.3.2 c)` or leading `c)` wins, else the wording of the input (feedback before interested
 * parties, so "feedback from interested parties" is e), not c)).
 */
import type { IsmsWorkbook, ReviewEntry } from '../model/types';
import type { InputLetter, ReviewItem } from './types';
import { sourceCell } from '../cross/source-cell';
import { isActionClosed } from '../vocabulary/action-status';

const EXPLICIT = /(?:9\.3\.2\s*\(?|^\s*\(?)([a-g])\)/i;

const WORDS: readonly (readonly [InputLetter, RegExp])[] = [
  ['e', /feedback|complaint|survey|satisfaction/i],
  ['c', /interested\s+part|stakeholder|needs\s+and\s+expectation|requirement/i],
  ['b', /issue|context|external|internal\s+change/i],
  ['g', /improv|opportunit/i],
  ['f', /risk|treatment/i],
  ['d', /nonconform|corrective|monitor|measure|audit|objective|performance|kpi|metric/i],
  ['a', /previous|follow.?up|action/i],
];

export function inputLetter(text: string | null): InputLetter | null {
  if (!text) return null;
  const m = EXPLICIT.exec(text);
  if (m) return m[1].toLowerCase() as InputLetter;
  return WORDS.find(([, re]) => re.test(text))?.[0] ?? null;
}

/** Done and Cancelled close an action (shared/vocabulary/action-status.ts); anything else is open. */
export function isActionOpen(status: string | null): boolean {
  return !isActionClosed(status);
}

function itemOf(wb: string, r: ReviewEntry, asOf: string): ReviewItem {
  return {
    meetingDate: r.meetingDate,
    input: r.input,
    letter: inputLetter(r.input),
    decision: r.decision,
    owner: r.owner,
    due: r.due,
    status: r.status,
    overdue: r.due !== null && r.due < asOf && isActionOpen(r.status),
    location: {
      workbook: wb,
      sheet: r.ref.sheet,
      cell: sourceCell(r.ref, 'meetingDate'),
      row: r.ref.row,
    },
  };
}

/** Every review row of the set held on or before asOf, oldest meeting first. */
export function reviewItems(workbooks: readonly IsmsWorkbook[], asOf: string): ReviewItem[] {
  return workbooks
    .flatMap((wb) => (wb.reviews ?? []).map((r) => itemOf(wb.name, r, asOf)))
    .filter((r) => r.input || r.decision)
    .filter((r) => r.meetingDate === null || r.meetingDate <= asOf)
    .sort((a, b) => (a.meetingDate ?? '').localeCompare(b.meetingDate ?? ''));
}

/** The latest meeting date of the set, or null. */
export function lastReviewDate(items: readonly ReviewItem[]): string | null {
  return items.reduce<string | null>(
    (max, r) => (r.meetingDate && (!max || r.meetingDate > max) ? r.meetingDate : max),
    null,
  );
}
