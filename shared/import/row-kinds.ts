/**
 * What a non-empty row under the header is when it is not a record: the header repeated (tables
 * stacked on one sheet) or a section heading inside the data. Both tests run on every data row,
 * so each settles as early as it can.
 */
import type { Cell } from '../grid/grid';
import { asText, isBlank } from '../grid/cell';
import { columnNumber } from '../grid/address';
import { foldText } from './normalize-text';
import type { SheetView } from './sheet-view';
import type { ColumnMapping } from './types';

type HeadColumn = {
  readonly col: number;
  readonly heads: readonly string[];
  /** Per ASCII code: 1 when a folded head starts with that character. */
  readonly starts: Uint8Array;
  readonly emptyHead: boolean;
};

/**
 * Most mapped cells of the row read as their column's header: a stacked table's header row.
 * The headers are folded once, not once per row; a row stops being read as soon as too many of
 * its cells differ from their header for it to be one, and a cell whose first letter starts no
 * header is neither trimmed nor folded.
 */
export function headerRowTest(
  v: SheetView,
  columns: readonly ColumnMapping[],
): (r: number) => boolean {
  const cols: HeadColumn[] = columns.map((c) => {
    const heads = c.header === '' ? [] : c.header.split(' / ').map(foldText);
    const starts = new Uint8Array(128);
    for (const h of heads) if (h !== '' && h.charCodeAt(0) < 128) starts[h.charCodeAt(0)] = 1;
    return { col: columnNumber(c.column), heads, starts, emptyHead: heads.includes('') };
  });
  return (r) => {
    let same = 0;
    let filled = 0;
    for (const c of cols) {
      const x = v.get(r, c.col);
      if (x === null) continue;
      const key = typeof x === 'string' ? firstKey(x) : -1;
      const t = key < 0 ? asText(x) : null;
      if (key < 0 && t === null) continue;
      filled++;
      const maybe = key >= 0 ? c.starts[key] === 1 : mayMatch(t as string, c);
      if (maybe && matchesHead(t ?? (asText(x) as string), c.heads)) same++;
      // More than 40 % of all the columns differ: not a header row, whatever the rest holds.
      else if (5 * (filled - same) > 2 * cols.length) return false;
    }
    return filled >= 2 && same >= 0.6 * filled;
  };
}

function matchesHead(t: string, heads: readonly string[]): boolean {
  if (heads.length === 0) return false;
  let undecided = false;
  for (const h of heads) {
    const m = foldedMatch(t, h);
    if (m === true) return true;
    if (m === null) undecided = true;
  }
  if (!undecided) return false;
  const f = foldText(t);
  return heads.some((h) => h === f || f.startsWith(`${h} `) || h.startsWith(`${f} `));
}

/**
 * Whether fold(t) equals `h`, or one of them is the other plus more words, decided while folding
 * `t` (the ASCII fold: lower case, letters and digits, other runs one space) and stopped at the
 * first difference; null when a non-ASCII character comes first (the Unicode fold decides).
 */
export function foldedMatch(t: string, h: string): boolean | null {
  let i = 0;
  let gap = false;
  for (let k = 0; k < t.length; k++) {
    let c = t.charCodeAt(k);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      gap = i > 0;
      continue;
    }
    if (gap) {
      // fold(t) goes on with a space: `h` ends here (t is h plus words) or has that space too.
      if (i === h.length) return true;
      if (h.charCodeAt(i) !== 32) return false;
      i++;
      gap = false;
    }
    if (i === h.length || h.charCodeAt(i) !== c) return false;
    i++;
  }
  // fold(t) ends: equal to h, or h is fold(t) plus words.
  return i === h.length || h.charCodeAt(i) === 32;
}

/**
 * The first character of the text's fold, as an ASCII code, when the text starts in ASCII up to
 * its first letter or digit (lower-cased); -1 otherwise (non-ASCII first, or no letter or digit).
 */
function firstKey(t: string): number {
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch >= 128) return -1;
    if (ch >= 65 && ch <= 90) return ch + 32;
    if ((ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57)) return ch;
  }
  return -1;
}

/**
 * False only when the folded text cannot equal or word-prefix any head: its first character
 * (known without folding while the text starts in ASCII) starts none of them.
 */
function mayMatch(t: string, c: HeadColumn): boolean {
  if (c.heads.length === 0) return false;
  const key = firstKey(t);
  if (key >= 0) return c.starts[key] === 1;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 128) return true;
  // No letter or digit at all: the text folds to ''.
  return c.emptyHead;
}

/**
 * One text spread over the row by a horizontal merge, or a lone text with nothing else mapped.
 * Runs on every data row: a third filled cell settles it, and the rest is looked at only then.
 */
export function isSectionRow(v: SheetView, r: number, filledMapped: () => number): boolean {
  let texts = 0;
  let wide = false;
  let last: Cell = null;
  for (let c = v.left; c <= v.right; c++) {
    const x = v.get(r, c);
    if (isBlank(x)) continue;
    if (++texts > 2) return false;
    last = x;
    const m = v.mergeAt(r, c);
    if (m && m.start.row === r && m.end.col - m.start.col >= 2 && m.end.row === m.start.row)
      wide = true;
  }
  if (texts === 0 || (!wide && texts > 1)) return false;
  const idOnly =
    typeof last === 'number' || /^\W*[A-Za-z]{0,8}[\s.]*\d+(\.\d+)+\s*$/.test(String(last));
  const n = filledMapped();
  return (texts === 1 && !idOnly && (wide || n <= 1)) || (wide && texts <= 2 && n <= 2);
}
