/** Management review dates (9.3): the latest meeting on or before a date, and "a year before". */
import type { IsmsWorkbook } from '../model/types';

/** The same calendar date one year earlier (29 February falls back to 28 February by string order). */
export function yearBefore(asOf: string): string {
  return `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;
}

/** The latest management review meeting on or before `asOf` across the workbooks, or null. */
export function lastMeeting(workbooks: readonly IsmsWorkbook[], asOf: string): string | null {
  let last: string | null = null;
  for (const w of workbooks)
    for (const r of w.reviews ?? [])
      if (
        r.meetingDate !== null &&
        r.meetingDate <= asOf &&
        (last === null || r.meetingDate > last)
      )
        last = r.meetingDate;
  return last;
}
