/**
 * Feeds a worksheet part to the scanner chunk by chunk as it inflates: bytes are decoded in
 * streaming mode (a UTF-8 sequence may straddle two chunks) and each piece is cut just before
 * the last `<row` it contains, so the scanner always sees whole rows. Memory stays at a few MB
 * of XML however large the sheet.
 */
import { prefixOf } from './shared-strings';
import { sheetScanner, type ScannedSheet, type SheetContext } from './sheet-xml';
import type { ZipReader } from './zip';

export function scanSheetPart(zip: ZipReader, path: string, ctx: SheetContext): ScannedSheet {
  const scanner = sheetScanner(ctx);
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let utf16: Uint8Array[] | null = null;
  let rowTag: string | null = null;
  zip.stream(path, (chunk) => {
    if (utf16 !== null || (carry === '' && startsUtf16(chunk))) {
      (utf16 ??= []).push(chunk);
      return;
    }
    const text = carry + decoder.decode(chunk, { stream: true });
    rowTag ??= `<${prefixOf(text.slice(0, 65536), 'worksheet')}row`;
    const cut = text.lastIndexOf(rowTag);
    if (cut <= 0) {
      carry = text;
      return;
    }
    scanner.feed(text.slice(0, cut));
    carry = text.slice(cut);
  });
  if (utf16 !== null) scanner.feed(decodeUtf16(utf16));
  else scanner.feed(carry + decoder.decode());
  return scanner.finish();
}

function startsUtf16(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/** UTF-16 sheet parts are rare (hand-made files); they are decoded whole. */
function decodeUtf16(chunks: readonly Uint8Array[]): string {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return new TextDecoder(all[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(all);
}
