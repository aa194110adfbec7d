/**
 * Tells what a file is from its first bytes, before any parsing: an xlsx is a zip (`PK\3\4`);
 * a password-protected xlsx and a legacy .xls are both OLE2 compound files (`D0 CF 11 E0`),
 * told apart by the encryption streams' names in the directory (MS-OFFCRYPTO §2.3.4).
 */
import { readError, type XlsxReadError } from './errors';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the first bytes say a file is: a zip, an OLE2 compound file, text, or something else. */
export type FileKind = 'zip' | 'ole' | 'text' | 'other';

export function sniffKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (startsWith(bytes, OLE2)) return 'ole';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return 'text'; // UTF-16 with its byte-order mark (Excel's "Unicode text")
  return isTextHead(bytes) ? 'text' : 'other';
}

/** Text in UTF-8, or in a single-byte code page (Windows-1252): no control bytes but tab and breaks. */
function isTextHead(bytes: Uint8Array): boolean {
  return looksLikeText(headText(bytes)) || firstControlByte(bytes) < 0;
}

/** Offset of the first C0 control byte other than tab, line breaks and form feed in the head; -1. */
function firstControlByte(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) if (bytes[i] < 0x20 && (bytes[i] < 9 || bytes[i] > 13)) return i;
  return -1;
}

/** Why bytes named as text are not read as CSV: they hold binary control bytes. */
export function binaryTextError(bytes: Uint8Array, file: string): XlsxReadError {
  const at = firstControlByte(bytes);
  const what =
    at < 0
      ? 'binary data'
      : `binary data (byte 0x${bytes[at].toString(16).padStart(2, '0')} at offset ${at})`;
  return readError(
    'not_xlsx',
    file,
    `it is named as text (CSV) but holds ${what}, so it is not CSV either; export it from Excel again as CSV UTF-8`,
  );
}

/** The first 512 bytes as UTF-8; `stream` keeps a sequence cut at the end from reading as U+FFFD. */
function headText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512), {
    stream: true,
  });
}

/** No C0 control characters except tab and line breaks, and no invalid UTF-8. */
function looksLikeText(head: string): boolean {
  return !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(head);
}

/** Throws the right XlsxReadError unless `bytes` start like a zip archive. */
export function assertZipLike(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw readError('empty', file);
  if (startsWith(bytes, OLE2)) {
    if (containsName(bytes, 'EncryptedPackage') || containsName(bytes, 'EncryptionInfo')) {
      throw readError('encrypted', file);
    }
    throw readError('legacy_xls', file);
  }
  // Local file header, or the end record of an empty archive.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return;
  if (startsWith(bytes, [0x50, 0x4b])) throw readError('truncated', file);
  throw readError('not_xlsx', file, guessText(bytes));
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Directory entry names in a compound file are UTF-16LE; some tools leave ASCII copies too. */
function containsName(bytes: Uint8Array, name: string): boolean {
  const utf16 = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  const ascii = Array.from(name).map((ch) => ch.charCodeAt(0));
  return indexOfSeq(bytes, utf16) >= 0 || indexOfSeq(bytes, ascii) >= 0;
}

function indexOfSeq(bytes: Uint8Array, seq: readonly number[]): number {
  for (
    let i = bytes.indexOf(seq[0]);
    i >= 0 && i <= bytes.length - seq.length;
    i = bytes.indexOf(seq[0], i + 1)
  ) {
    let k = 1;
    while (k < seq.length && bytes[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

/** A hint for files that are plainly something else (HTML/XML exports, CSV, PDF). */
function guessText(bytes: Uint8Array): string | undefined {
  const head = headText(bytes).trimStart().toLowerCase();
  if (head.startsWith('%pdf')) return 'it is a PDF document';
  if (head.startsWith('<html') || head.startsWith('<!doctype html') || head.includes('<table')) {
    return 'it looks like a web page (HTML); open it in Excel and save it as .xlsx';
  }
  if (head.startsWith('<?xml'))
    return 'it looks like an XML file (perhaps Excel 2003 XML); open it in Excel and save it as .xlsx';
  if (isTextHead(bytes)) return 'it looks like a text file; save CSV data with a .csv extension';
  return undefined;
}
