import type { Cell } from './grid';

/** True for null, empty or whitespace-only strings. */
export function isBlank(v: Cell | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && isBlankText(v));
}

/** Text of a cell, trimmed; null when blank. Numbers print as Excel's General format would. */
export function asText(v: Cell | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return formatGeneral(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  // Read on every cell of an import: a text already clean is returned as it is (no copy).
  if (isCleanText(v)) return v;
  const t = v.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Whitespace as `\s` and String.prototype.trim know it (ASCII, NBSP and the Unicode spaces). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Words separated by single spaces, nothing else: `asText` would return the text unchanged.
 * (One pass of a native regex; \S is what neither `\s` nor trim() removes.)
 */
const CLEAN = /^\S+(?: \S+)*$/;

function isCleanText(s: string): boolean {
  return CLEAN.test(s);
}

/** Numeric value of a cell: numbers as they are, numeric text parsed (comma decimals too); else null. */
export function asNumber(v: Cell | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(/\u00a0/g, '');
  if (!/^[-+]?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/** Whole-number value, or null when the cell is not an integer. */
export function asInteger(v: Cell | undefined): number | null {
  const n = asNumber(v);
  return n !== null && Number.isInteger(n) ? n : null;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel serial day number → ISO date `YYYY-MM-DD` (1900 date system). */
export function serialToIsoDate(serial: number): string {
  const ms = EXCEL_EPOCH_MS + Math.round(serial * DAY_MS);
  return new Date(ms).toISOString().slice(0, 10);
}

/** ISO date `YYYY-MM-DD` → Excel serial day number. */
export function isoDateToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS);
}

/**
 * A date cell as ISO `YYYY-MM-DD`. Excel serials (what office-js and the xlsx reader give for
 * date cells), ISO text, `DD/MM/YYYY` and `DD.MM.YYYY` text are understood; anything else is null.
 */
export function asDate(v: Cell | undefined): string | null {
  if (typeof v === 'number') return v > 0 && v < 2_958_466 ? serialToIsoDate(v) : null;
  if (typeof v !== 'string') return null;
  const t = v.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return validIso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return validIso(+m[3], +m[2], +m[1]);
  return null;
}

function validIso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/** Number as Excel's General format shows it (up to 11 significant digits, no trailing zeros). */
export function formatGeneral(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(11)));
}
