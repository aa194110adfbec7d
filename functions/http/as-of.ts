/**
 * The "as of" date of a request: `?asOf=` or the body's `asOf`, else today's date on the host's
 * clock. Shared code never reads the clock; this is where the API takes it.
 */
import { ProblemError } from './problem';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The host's local calendar date as `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Picks the first given value (query before body), checks it, or falls back to today.
 * @throws ProblemError 400 naming the field when a value is given but is not a date.
 */
export function resolveAsOf(
  candidates: readonly { readonly field: string; readonly value: string | undefined }[],
  now: () => Date,
): string {
  for (const { field, value } of candidates) {
    if (value === undefined || value === '') continue;
    if (!isIsoDate(value)) {
      throw new ProblemError(
        'bad-request',
        `asOf must be a calendar date written YYYY-MM-DD; got "${value.slice(0, 40)}".`,
        [{ field, detail: 'expected a date YYYY-MM-DD, e.g. 2025-06-30' }],
      );
    }
    return value;
  }
  return localIsoDate(now());
}
