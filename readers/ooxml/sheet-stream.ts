/**
 * Feeds a worksheet part to the scanner chunk by chunk as it inflates. Each piece is cut, in the
 * bytes, just before the last `<row` it contains, so the scanner always sees whole rows and a
 * cut never splits a UTF-8 sequence ('<' is ASCII). Memory stays at a few MB of XML however large
 * the sheet. The scanner works on the bytes too: only cell values are ever decoded to strings.
 */
import { prefixOf } from './shared-strings';
import { sheetScanner, type ScannedSheet, type SheetContext } from './sheet-xml';
import { isDelim, joined } from './xml-bytes';
import type { ZipReader } from './zip';

export function scanSheetPart(zip: ZipReader, path: string, ctx: SheetContext): ScannedSheet {
  const scanner = sheetScanner(ctx);
  const utf8 = new TextDecoder('utf-8');
  const maxCarry = ctx.maxRowBytes ?? Infinity;
  // The partial row carried over, kept as a list of pieces and joined once when the row ends:
  // joining on every chunk made a sheet that is one huge `<row>` cost quadratic time (#11).
  let carry: Uint8Array[] = [];
  let carried = 0;
  const keep = (piece: Uint8Array): void => {
    carry.push(piece);
    carried += piece.length;
    if (carried > maxCarry) ctx.overBudget('rowBytes');
  };
  let rowTag: Uint8Array | null = null;
  let utf16: Uint8Array[] | null = null;
  let utf16Bytes = 0;
  const maxUtf16 = ctx.maxUtf16Bytes ?? Infinity;
  const present = zip.stream(path, (chunk) => {
    if (utf16 !== null || (rowTag === null && startsUtf16(chunk))) {
      // Decoded whole, so bounded like a part read whole: 400 MB of it once took 958 MB and
      // ended in "unexpected error" from the decoder (#11).
      utf16Bytes += chunk.length;
      if (utf16Bytes > maxUtf16) ctx.overBudget('utf16Part');
      (utf16 ??= []).push(chunk);
      return;
    }
    rowTag ??= new TextEncoder().encode(
      `<${prefixOf(utf8.decode(chunk.subarray(0, 65536)), 'worksheet')}row`,
    );
    let buf = chunk;
    if (carried > 0) {
      // Only the carried partial row and the chunk's head up to its first row are copied.
      const first = firstTagStart(chunk, rowTag);
      if (first < 0) return keep(chunk);
      scanner.feed(joined([...carry, chunk.subarray(0, first)]));
      carry = [];
      carried = 0;
      buf = chunk.subarray(first);
    }
    const cut = lastTagStart(buf, rowTag);
    if (cut <= 0) return keep(buf);
    scanner.feed(buf.subarray(0, cut));
    keep(buf.subarray(cut));
  });
  if (!present) ctx.onMissingPart?.(path);
  if (utf16 !== null) scanner.feed(new TextEncoder().encode(decodeUtf16(utf16)));
  else if (carried > 0) scanner.feed(joined(carry));
  return scanner.finish();
}

/** Index of the first `tag` (e.g. `<row`) followed by a delimiter; -1 if none. */
function firstTagStart(buf: Uint8Array, tag: Uint8Array): number {
  for (let i = buf.indexOf(0x3c); i >= 0; i = buf.indexOf(0x3c, i + 1)) {
    if (isTagAt(buf, tag, i)) return i;
  }
  return -1;
}

/** Index of the last `tag` (e.g. `<row`) followed by a delimiter, searched backwards; -1 if none. */
function lastTagStart(buf: Uint8Array, tag: Uint8Array): number {
  for (let i = buf.lastIndexOf(0x3c); i >= 0; i = i === 0 ? -1 : buf.lastIndexOf(0x3c, i - 1)) {
    if (isTagAt(buf, tag, i)) return i;
  }
  return -1;
}

/** `tag` starts at `i` and is followed by a delimiter (so `<row` does not match `<rowBreaks`). */
function isTagAt(buf: Uint8Array, tag: Uint8Array, i: number): boolean {
  let k = 1;
  while (k < tag.length && buf[i + k] === tag[k]) k++;
  return k === tag.length && i + k < buf.length && isDelim(buf[i + k]);
}

function startsUtf16(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/** UTF-16 sheet parts are rare (hand-made files); they are decoded whole. */
function decodeUtf16(chunks: readonly Uint8Array[]): string {
  const all = joined(chunks);
  return new TextDecoder(all[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(all);
}
