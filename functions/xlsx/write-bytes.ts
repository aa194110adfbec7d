/**
 * UTF-8 output built in place: text is encoded straight into a buffer, repeated byte runs (a
 * calculated column's `<f>…</f>`, a column's tags) are copied in and numbers written as digits,
 * so a 250 MB sheet is never a JavaScript string and never re-encoded. Full buffers are handed out
 * as they fill.
 */
const SIZE = 1 << 20;

export class ByteSink {
  private buf = Buffer.allocUnsafe(SIZE);
  private at = 0;

  /** Bytes written since the last `take`. */
  get length(): number {
    return this.at;
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(SIZE, (this.at + n) * 2));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }

  text(s: string): void {
    this.room(s.length * 3);
    this.at += this.buf.write(s, this.at, 'utf8');
  }

  /** A short piece (a tag, an attribute; its first `n` bytes): copied in a loop, cheaper than a native call. */
  small(b: Uint8Array, n = b.length): void {
    this.room(n);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) buf[at++] = b[i];
    this.at = at;
  }

  /** The decimal digits of a non-negative safe integer (as `${n}` writes them). */
  uint(n: number): void {
    this.room(16);
    this.at = writeDigits(this.buf, this.at, n);
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  /** The bytes written so far; the sink starts a fresh buffer. */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.at);
    this.buf = Buffer.allocUnsafe(SIZE);
    this.at = 0;
    return out;
  }
}

/** A row number's digits, worked out once for the row's cells (`small(label.digits, label.length)`). */
export class RowLabel {
  readonly digits = new Uint8Array(16);
  length = 0;

  /** `n`: a sheet row number (a positive safe integer). */
  set(n: number): void {
    this.length = writeDigits(this.digits, 0, n);
  }
}

/**
 * Writes the decimal digits of `n` (a non-negative safe integer) into `b` from `at`; returns the
 * index after them. Each digit is `48 + (n − 10q)`: `(48 + n) − 10q` would round above 2^53 − 48.
 */
function writeDigits(b: Uint8Array, at: number, n: number): number {
  let len = 1;
  for (let p = 10; p <= n; p *= 10) len++;
  const end = at + len;
  let i = end;
  while (n >= 10) {
    const q = Math.floor(n / 10);
    b[--i] = 48 + (n - q * 10);
    n = q;
  }
  b[--i] = 48 + n;
  return end;
}
