/**
 * Reads one `<c …>…</c>` element of a worksheet into a reusable record, by hand and on the UTF-8
 * bytes: the scanner visits millions of these, so no regex, no per-cell objects, no strings
 * except the value itself (decoded later, by the caller, from `vFrom`/`vTo`).
 */
import type { CellType } from './cell-value';
import { isDelim, LT, textOf } from './xml-bytes';

export type CellTag = {
  /** 1-based position; continues from the previous cell when `r` is absent. */
  row: number;
  col: number;
  /** Style index `s` (into cellXfs). */
  style: number;
  /** The `t` attribute (ST_CellType); 'n' when absent or unknown. */
  type: CellType;
  /** Byte range of the `<v>` text (entities not decoded); vFrom is -1 when there is no `<v>`. */
  vFrom: number;
  vTo: number;
  /** A `<f>` child: the value is a formula's cached result. */
  formula: boolean;
  /** Index of the `<is>` child (inline string), or -1. */
  inline: number;
  /** Index of the cell's `</c>` (or of the end of the piece when it is missing). */
  close: number;
  /** Where the scanner continues (the next '<' after the cell), -1 at the end. */
  next: number;
};

export function emptyCellTag(): CellTag {
  return {
    row: 0,
    col: 0,
    style: 0,
    type: 'n',
    vFrom: -1,
    vTo: -1,
    formula: false,
    inline: -1,
    close: -1,
    next: -1,
  };
}

/** `from` is just after the element name `c`; `p` is the namespace prefix's length. */
export function readCellTag(b: Uint8Array, from: number, p: number, tag: CellTag): void {
  const gt = b.indexOf(0x3e, from);
  if (gt < 0) {
    tag.next = -1;
    return;
  }
  readAttributes(b, from, gt, tag);
  tag.vFrom = -1;
  tag.formula = false;
  tag.inline = -1;
  if (b[gt - 1] === 47) {
    tag.close = gt;
    tag.next = b.indexOf(LT, gt);
    return;
  }
  // Children: `<v>`, `<f>` (its text holds no '<', so it is stepped over, never decoded), `<is>`.
  let k = b.indexOf(LT, gt);
  while (k >= 0) {
    const n = k + 1 + p;
    const c = b[n];
    if (b[k + 1] === 47) {
      if (b[n + 1] === 99 && b[n + 2] === 62) break; // `</c>`
    } else if (c === 118 && isDelim(b[n + 1])) {
      const vgt = b.indexOf(0x3e, n);
      if (vgt < 0) break;
      if (b[vgt - 1] !== 47) {
        const vend = b.indexOf(LT, vgt);
        tag.vFrom = vgt + 1;
        tag.vTo = vend < 0 ? b.length : vend;
        k = vend;
        continue;
      }
    } else if (c === 102 && isDelim(b[n + 1])) tag.formula = true;
    else if (c === 105 && b[n + 1] === 115 && isDelim(b[n + 2])) tag.inline = k;
    k = b.indexOf(LT, k + 1);
  }
  tag.close = k < 0 ? b.length : k;
  tag.next = k < 0 ? -1 : b.indexOf(LT, k + 1);
}

/** Attributes r, s, t of the start tag `b[from, gt)`; others (cm, vm, ph) are skipped. */
function readAttributes(b: Uint8Array, from: number, gt: number, tag: CellTag): void {
  let ref = false;
  tag.style = 0;
  tag.type = 'n';
  let k = from;
  while (k < gt) {
    const c = b[k];
    if (c <= 32 || c === 47) {
      k++;
      continue;
    }
    const eq = b.indexOf(0x3d, k);
    if (eq < 0 || eq >= gt) break;
    let q = eq + 1;
    while (b[q] <= 32) q++;
    const vs = q + 1;
    const ve = b.indexOf(b[q], vs);
    if (ve < 0 || ve > gt) break;
    let nameEnd = eq;
    while (b[nameEnd - 1] <= 32) nameEnd--;
    if (nameEnd - k === 1) {
      if (c === 114) ref = readRef(b, vs, ve, tag);
      else if (c === 115) tag.style = digitsOf(b, vs, ve);
      else if (c === 116) tag.type = typeOf(b, vs, ve);
    }
    k = ve + 1;
  }
  if (!ref) {
    tag.col += 1;
    if (tag.row === 0) tag.row = 1;
  }
}

/** `s="12"` → 12; other spellings go through `Number(text) || 0`. */
function digitsOf(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = b[k] - 48;
    if (d < 0 || d > 9) return Number(textOf(b, from, to)) || 0;
    n = n * 10 + d;
  }
  return n;
}

/** ST_CellType from the bytes of `t`: s, str, inlineStr, b, e, d; anything else is a number. */
function typeOf(b: Uint8Array, from: number, to: number): CellType {
  const c = b[from];
  const len = to - from;
  if (len === 1) return c === 115 ? 's' : c === 98 ? 'b' : c === 101 ? 'e' : c === 100 ? 'd' : 'n';
  if (len === 3 && c === 115 && b[from + 1] === 116 && b[from + 2] === 114) return 'str';
  if (len === 9 && c === 105 && b[from + 6] === 83 && isInlineStr(b, from)) return 'inlineStr';
  return 'n';
}

const INLINE_STR = [105, 110, 108, 105, 110, 101, 83, 116, 114];

function isInlineStr(b: Uint8Array, from: number): boolean {
  for (let k = 0; k < 9; k++) if (b[from + k] !== INLINE_STR[k]) return false;
  return true;
}

/** `AB12` → row 12, column 28; false when the reference is not a plain cell address. */
function readRef(b: Uint8Array, from: number, to: number, tag: CellTag): boolean {
  let col = 0;
  let k = from;
  for (; k < to; k++) {
    const c = b[k] | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  let row = 0;
  for (; k < to; k++) {
    const c = b[k] - 48;
    if (c < 0 || c > 9) return false;
    row = row * 10 + c;
  }
  if (col === 0 || row === 0) return false;
  tag.row = row;
  tag.col = col;
  return true;
}
