/**
 * Telling an uploaded or opened file's bytes apart before choosing a reader, and decoding the
 * text ones. Pure (no Node APIs): the CLI's readWorkbookInput and the API's readUpload share it.
 */

/** A zip (xlsx/xlsm) or an OLE2 compound file (legacy .xls, encrypted xlsx): never CSV text. */
export function isZipOrOle(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || bytes[0] === 0xd0;
}

/** CSV text: UTF-8 unless a UTF-16 byte-order mark says otherwise (Excel's "Unicode text"). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
