/**
 * One `<c>` element's value as Excel's Range.values reports it (ECMA-376 §18.3.1.4, ST_CellType):
 * shared and inline strings as text, booleans, errors as their `#…` text, numbers (dates stay
 * serial numbers), a formula's cached result. Blank text is null.
 */
import type { Cell } from '../../shared';
import type { CellTag } from './cell-tag';
import { plainNumber, textOf } from './xml-bytes';
import { decodeText } from './xml-text';

export type CellType = 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd' | 'n';

export function cellType(t: string | null): CellType {
  switch (t) {
    case 's':
    case 'str':
    case 'inlineStr':
    case 'b':
    case 'e':
    case 'd':
      return t;
    default:
      return 'n';
  }
}

/** Value of a cell from its raw `<v>` text (already sliced, not decoded). */
export function cellValue(type: CellType, raw: string, strings: readonly string[]): Cell {
  switch (type) {
    case 'n': {
      if (raw === '') return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : null;
    }
    case 's': {
      // `<c t="s"/>` or `<v></v>` (some non-Excel writers): blank, not shared string 0.
      if (raw.trim() === '') return null;
      const s = strings[Number(raw)];
      return s === undefined || s === '' ? null : s;
    }
    case 'b':
      return raw === '1' || raw === 'true';
    case 'd':
      return isoToSerial(raw);
    default: {
      const s = decodeText(raw);
      return s === '' ? null : s;
    }
  }
}

const EPOCH = Date.UTC(1899, 11, 30);

/** `t="d"` cells hold ISO 8601 text (§18.17.4); Range.values gives the serial, so do we. */
export function isoToSerial(raw: string): Cell {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(raw.trim());
  if (!m) {
    const s = decodeText(raw);
    return s === '' ? null : s;
  }
  const ms =
    Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)) + Number(m[6] ?? 0) * 1000;
  return (ms - EPOCH) / 86_400_000;
}

/**
 * Value of the cell `tag` describes, read from the sheet's bytes: plain numbers and shared-string
 * indexes without making a string, everything else through `cellValue` on the decoded text.
 */
export function cellValueAt(b: Uint8Array, tag: CellTag, strings: readonly string[]): Cell {
  const { type, vFrom, vTo } = tag;
  if (vFrom < 0) return cellValue(type, '', strings);
  if (type === 'n' || type === 's') {
    const n = plainNumber(b, vFrom, vTo);
    if (n === n) {
      if (type === 'n') return n;
      const s = strings[n];
      return s === undefined || s === '' ? null : s;
    }
  }
  return cellValue(type, textOf(b, vFrom, vTo), strings);
}
