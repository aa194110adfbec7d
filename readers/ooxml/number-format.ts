/**
 * Number formats (ECMA-376 §18.8.30–31): only what changes how a value reads. Dates stay serial
 * numbers (as office-js Range.values gives them; the core converts), fixed-decimal and percent
 * formats produce the text Excel displays (`8.2` under `0.00` reads `8.20`).
 */
import { formatGeneral } from '../../shared';

export type NumberFormat =
  | { readonly kind: 'general' }
  | { readonly kind: 'date' }
  | {
      readonly kind: 'fixed';
      readonly decimals: number;
      readonly percent: boolean;
      readonly thousands: boolean;
    };

const GENERAL: NumberFormat = { kind: 'general' };
const DATE: NumberFormat = { kind: 'date' };

/** Built-in format ids that are dates or times: 14–22, 45–47, and the East Asian 27–36, 50–58. */
function isBuiltInDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 45 && id <= 47) ||
    (id >= 27 && id <= 36) ||
    (id >= 50 && id <= 58)
  );
}

const BUILT_IN_FIXED: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  37: '#,##0',
  38: '#,##0',
  39: '#,##0.00',
  40: '#,##0.00',
};

/** Classifies a format by id and (for custom ids) its format code. */
export function classifyFormat(id: number, code: string | undefined): NumberFormat {
  if (code === undefined) {
    if (isBuiltInDate(id)) return DATE;
    const fixed = BUILT_IN_FIXED[id];
    return fixed ? classifyCode(fixed) : GENERAL;
  }
  return classifyCode(code);
}

/** Quoted literals, [colour/locale/condition] brackets, escaped and padding characters removed. */
function stripLiterals(section: string): string {
  return section.replace(/"[^"]*"|\[[^\]]*\]|\\.|[_*]./g, '');
}

export function classifyCode(code: string): NumberFormat {
  const first = stripLiterals(code.split(';')[0] ?? '').trim();
  if (/[dmyhs]/i.test(first.replace(/general/gi, ''))) return DATE;
  const m = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(first);
  if (!m) return GENERAL;
  return {
    kind: 'fixed',
    decimals: m[2]?.length ?? 0,
    percent: m[3] === '%',
    thousands: m[1] !== undefined,
  };
}

/**
 * The text Excel shows for `value` under `fmt`, or null when it reads the same as General would
 * (so the snapshot stores display text only where it adds something).
 */
export function displayText(value: number, fmt: NumberFormat): string | null {
  if (fmt.kind !== 'fixed' || !Number.isFinite(value)) return null;
  const scaled = fmt.percent ? value * 100 : value;
  const text = fixed(Math.abs(scaled), fmt.decimals, fmt.thousands);
  const shown = (scaled < 0 && /[1-9]/.test(text) ? '-' : '') + text + (fmt.percent ? '%' : '');
  return shown === formatGeneral(value) ? null : shown;
}

/** Rounds half away from zero like Excel (toFixed alone shows 1.005 as "1.00"). */
function fixed(abs: number, decimals: number, thousands: boolean): string {
  const f = 10 ** decimals;
  const rounded = Math.round(Number((abs * f).toPrecision(15))) / f;
  const [int, frac] = rounded.toFixed(decimals).split('.');
  const grouped = thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
