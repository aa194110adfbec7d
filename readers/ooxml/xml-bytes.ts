/**
 * Lexical pieces of the sheet scanner done on the UTF-8 bytes themselves. Every character of XML
 * markup is ASCII and a UTF-8 multi-byte sequence never contains an ASCII byte, so tags can be
 * found in the bytes and only the few values a cell needs are decoded: the formula text that
 * dominates generated registers (`<f>…</f>`, ~80 % of the bytes) is skipped without ever
 * becoming a string.
 */

const utf8 = new TextDecoder('utf-8');

/** '<' */
export const LT = 0x3c;

/** The UTF-8 text of `b[from, to)`; short ASCII runs skip TextDecoder's per-call overhead. */
export function textOf(b: Uint8Array, from: number, to: number): string {
  if (to - from > 24) return decodeRange(b, from, to);
  let s = '';
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c >= 0x80) return decodeRange(b, from, to);
    s += String.fromCharCode(c);
  }
  return s;
}

/** A plain view, not `subarray`: on a Node Buffer (zlib's output) that builds a Buffer, much slower. */
function decodeRange(b: Uint8Array, from: number, to: number): string {
  return utf8.decode(new Uint8Array(b.buffer, b.byteOffset + from, to - from));
}

/**
 * The number written in `b[from, to)` when it is plain decimal (`-12`, `3.25`) with at most 15
 * significant digits, else NaN (the caller then falls back to `Number(text)`). Exact: an integer
 * below 2^53 divided by an exactly representable power of ten is correctly rounded (Clinger's
 * fast path), so this equals `Number(text)` whenever it answers.
 */
export function plainNumber(b: Uint8Array, from: number, to: number): number {
  let i = from;
  const neg = b[i] === 0x2d;
  if (neg) i++;
  if (i >= to) return NaN;
  let n = 0;
  let digits = 0;
  let scale = -1;
  for (; i < to; i++) {
    const c = b[i];
    if (c >= 0x30 && c <= 0x39) {
      n = n * 10 + (c - 0x30);
      if (n !== 0) digits++;
      if (scale >= 0) scale++;
    } else if (c === 0x2e && scale < 0) scale = 0;
    else return NaN;
  }
  if (digits > 15 || scale === 0 || scale > 22) return NaN;
  const v = scale > 0 ? n / POW10[scale] : n;
  return neg ? -v : v;
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Index of `pattern` in `b` from `from`, or -1. */
export function indexOfBytes(
  b: Uint8Array,
  pattern: Uint8Array,
  from: number,
  to = b.length,
): number {
  const first = pattern[0];
  const last = to - pattern.length;
  for (let i = b.indexOf(first, from); i >= 0 && i <= last; i = b.indexOf(first, i + 1)) {
    if (startsWithBytes(b, pattern, i)) return i;
  }
  return -1;
}

/** True when `b` holds `pattern` at `at`. */
export function startsWithBytes(b: Uint8Array, pattern: Uint8Array, at: number): boolean {
  for (let k = 0; k < pattern.length; k++) if (b[at + k] !== pattern[k]) return false;
  return true;
}

/** Characters that may follow an element name in a tag: space, '>', '/', tab, LF, CR. */
export function isDelim(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

const encoder = new TextEncoder();

export function bytesOf(s: string): Uint8Array {
  return encoder.encode(s);
}

/** The pieces as one array, copied once (one piece is handed back as it is). */
export function joined(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, t) => n + t.length, 0));
  let at = 0;
  for (const t of parts) {
    out.set(t, at);
    at += t.length;
  }
  return out;
}
