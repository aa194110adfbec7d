/**
 * Decoding the bytes of a text workbook (CSV). Pure (no Node APIs): every host reads CSV through
 * read-bytes.ts, which calls this.
 */

/** A zip (xlsx/xlsm) or an OLE2 compound file (legacy .xls, encrypted xlsx): never CSV text. */
export function isZipOrOle(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || bytes[0] === 0xd0;
}

/**
 * CSV text: UTF-8 unless a UTF-16 byte-order mark says otherwise (Excel's "Unicode text"). Bytes
 * that are not valid UTF-8 are Windows-1252, what Excel's plain "CSV" writes on Western Windows:
 * decoded as UTF-8 they became U+FFFD, and the sniffer refused the file as not a workbook (#11).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
