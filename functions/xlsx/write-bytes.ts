/**
 * UTF-8 output built in place: text is encoded straight into a buffer and repeated byte runs (a
 * calculated column's `<f>…</f>`, ≈80 % of a register's XML) are copied in, so a 300 MB sheet is
 * never a JavaScript string and never re-encoded. Full buffers are handed out as they fill.
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
