/** Date arithmetic on ISO dates for the rules (through Excel serials: no clock, no time zone). */
import { isoDateToSerial, serialToIsoDate } from '../../grid/cell';

/** The ISO date `days` before `iso`. */
export function daysBefore(iso: string, days: number): string {
  return serialToIsoDate(isoDateToSerial(iso) - days);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return isoDateToSerial(b) - isoDateToSerial(a);
}

/** "More than 12 months ago": before the date 365 days before `asOf` (as readiness RA-REVIEW). */
export const STALE_DAYS = 365;
