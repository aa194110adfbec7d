/** A1 addresses ⇄ 1-based row/column numbers. */

export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export type CellPos = { readonly row: number; readonly col: number };
export type RangePos = { readonly start: CellPos; readonly end: CellPos };

/** Parses `B7` (optionally with `$`) into 1-based row/column; null when it is not an address. */
export function parseAddress(a1: string): CellPos | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Parses `A1:C9` or a single cell `A1` into a range; null when malformed. */
export function parseRange(ref: string): RangePos | null {
  const [a, b] = ref.split(':');
  const start = parseAddress(a);
  const end = b === undefined ? start : parseAddress(b);
  if (!start || !end) return null;
  return {
    start: { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) },
    end: { row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) },
  };
}
