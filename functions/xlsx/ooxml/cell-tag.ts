/**
 * Reads one `<c …>…</c>` element of a worksheet into a reusable record, by hand: the scanner
 * visits millions of these, so no regex, no per-cell objects, no attribute maps.
 */
export type CellTag = {
  /** 1-based position; continues from the previous cell when `r` is absent. */
  row: number;
  col: number;
  /** Style index `s` (into cellXfs). */
  style: number;
  /** The `t` attribute, null when absent (a number). */
  type: string | null;
  /** Raw text of `<v>` (entities not decoded), '' when absent. */
  raw: string;
  /** A `<f>` child: the value is a formula's cached result. */
  formula: boolean;
  /** Index of the `<is>` child (inline string), or -1. */
  inline: number;
  /** Where the scanner continues (the next '<' after the cell), -1 at the end. */
  next: number;
};

/** `from` is just after the element name `c`. */
export function readCellTag(xml: string, from: number, p: string, tag: CellTag): void {
  const gt = xml.indexOf('>', from);
  if (gt < 0) {
    tag.next = -1;
    return;
  }
  readAttributes(xml, from, gt, tag);
  tag.raw = '';
  tag.formula = false;
  tag.inline = -1;
  if (xml.charCodeAt(gt - 1) === 47) {
    tag.next = xml.indexOf('<', gt);
    return;
  }
  const close = xml.indexOf(`</${p}c>`, gt);
  const stop = close < 0 ? xml.length : close;
  for (let k = xml.indexOf('<', gt); k >= 0 && k < stop; k = xml.indexOf('<', k + 1)) {
    const n = k + 1 + p.length;
    const c = xml.charCodeAt(n);
    if (c === 118 && isDelim(xml.charCodeAt(n + 1))) {
      const vgt = xml.indexOf('>', n);
      if (xml.charCodeAt(vgt - 1) !== 47) {
        const vend = xml.indexOf('<', vgt);
        tag.raw = xml.slice(vgt + 1, vend);
        k = vend;
      }
    } else if (c === 102 && isDelim(xml.charCodeAt(n + 1))) tag.formula = true;
    else if (c === 105 && xml.charCodeAt(n + 1) === 115 && isDelim(xml.charCodeAt(n + 2))) tag.inline = k;
  }
  tag.next = close < 0 ? -1 : xml.indexOf('<', close + 1);
}

/** Attributes r, s, t of the start tag `xml[from, gt)`; others (cm, vm, ph) are skipped. */
function readAttributes(xml: string, from: number, gt: number, tag: CellTag): void {
  let ref = false;
  tag.style = 0;
  tag.type = null;
  let k = from;
  while (k < gt) {
    const c = xml.charCodeAt(k);
    if (c <= 32 || c === 47) {
      k++;
      continue;
    }
    const eq = xml.indexOf('=', k);
    if (eq < 0 || eq >= gt) break;
    let q = eq + 1;
    while (xml.charCodeAt(q) <= 32) q++;
    const quote = xml[q];
    const vs = q + 1;
    const ve = xml.indexOf(quote, vs);
    if (ve < 0 || ve > gt) break;
    let nameEnd = eq;
    while (xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    if (nameEnd - k === 1) {
      if (c === 114) ref = readRef(xml, vs, ve, tag);
      else if (c === 115) tag.style = Number(xml.slice(vs, ve)) || 0;
      else if (c === 116) tag.type = xml.slice(vs, ve);
    }
    k = ve + 1;
  }
  if (!ref) {
    tag.col += 1;
    if (tag.row === 0) tag.row = 1;
  }
}

/** `AB12` → row 12, column 28; false when the reference is not a plain cell address. */
function readRef(xml: string, from: number, to: number, tag: CellTag): boolean {
  let col = 0;
  let k = from;
  for (; k < to; k++) {
    const c = xml.charCodeAt(k) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  let row = 0;
  for (; k < to; k++) {
    const c = xml.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return false;
    row = row * 10 + c;
  }
  if (col === 0 || row === 0) return false;
  tag.row = row;
  tag.col = col;
  return true;
}

/** Characters that may follow an element name in a tag. */
export function isDelim(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}
