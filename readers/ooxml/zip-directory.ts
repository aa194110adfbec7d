/**
 * The zip central directory (APPNOTE 6.3.x §4.3.12–16), zip64 included: names, methods and the
 * declared sizes every later check relies on.
 */
import { readError } from '../errors';

export type Entry = {
  name: string;
  method: number;
  flags: number;
  csize: number;
  size: number;
  offset: number;
};

export function readDirectory(bytes: Uint8Array, view: DataView, file: string): Entry[] {
  const eocd = findEocd(view);
  if (eocd < 0) throw readError('truncated', file);
  let count = view.getUint16(eocd + 10, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset === 0xffffffff || count === 0xffff)
    [count, cdOffset] = readZip64Eocd(view, eocd, file);
  const names = new TextDecoder();
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== 0x02014b50)
      throw readError('truncated', file);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > view.byteLength) throw readError('truncated', file);
    const e: Entry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/^\/+/, ''),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      csize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(view, e, p + 46 + nameLen, extraLen);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * The end-of-central-directory record sits in the last 64 KiB + 22 bytes (its comment follows
 * it). The record whose comment length reaches the end of the file is the real one: a comment
 * may itself hold the signature, which once made a valid file read as damaged (#11).
 */
function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 65557);
  let first = -1;
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    if (i + 22 + view.getUint16(i + 20, true) === view.byteLength) return i;
    if (first < 0) first = i;
  }
  return first;
}

function readZip64Eocd(view: DataView, eocd: number, file: string): [number, number] {
  const loc = eocd - 20;
  if (loc < 0 || view.getUint32(loc, true) !== 0x07064b50) throw readError('truncated', file);
  const rec = Number(view.getBigUint64(loc + 8, true));
  if (rec + 56 > view.byteLength || view.getUint32(rec, true) !== 0x06064b50)
    throw readError('truncated', file);
  return [Number(view.getBigUint64(rec + 32, true)), Number(view.getBigUint64(rec + 48, true))];
}

/** Zip64 extended information (header id 1): 8-byte fields for the values saturated at 0xFFFFFFFF. */
function applyZip64Extra(view: DataView, e: Entry, start: number, len: number): void {
  if (e.size !== 0xffffffff && e.csize !== 0xffffffff && e.offset !== 0xffffffff) return;
  for (let q = start; q + 4 <= start + len;) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 1) {
      let f = q + 4;
      const next = (): number => {
        const v = f + 8 <= q + 4 + size ? Number(view.getBigUint64(f, true)) : 0xffffffff;
        f += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.csize === 0xffffffff) e.csize = next();
      if (e.offset === 0xffffffff) e.offset = next();
      return;
    }
    q += 4 + size;
  }
}
