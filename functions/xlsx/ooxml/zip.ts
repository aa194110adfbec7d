/**
 * A minimal zip reader over the central directory (APPNOTE 6.3.x §4.3), so that each part is
 * inflated only when asked for and its declared size is checked first: a zip bomb is refused from
 * the directory alone, before a byte is inflated. Pure TS + fflate (runs in the browser too).
 */
import { inflateSync } from 'fflate';
import { readError } from './errors';

/** Raw-deflate decompressor; Node hosts may pass zlib's (faster), browsers use fflate's. */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array;

type Entry = { name: string; method: number; flags: number; csize: number; size: number; offset: number };

export type ZipReader = {
  /** Entry names as stored (without a leading slash). */
  readonly names: readonly string[];
  has(path: string): boolean;
  /** Declared uncompressed size, or -1 when absent. */
  size(path: string): number;
  /** Inflates one part, charging its declared size to the budget; null when absent. */
  read(path: string): Uint8Array | null;
};

export type ZipOptions = { file: string; maxUncompressed: number; inflate?: Inflate };

const fflateInflate: Inflate = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

export function openZip(bytes: Uint8Array, opts: ZipOptions): ZipReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readDirectory(bytes, view, opts.file);
  const byKey = new Map<string, Entry>();
  for (const e of entries) byKey.set(keyOf(e.name), e);
  let used = 0;
  const inflate = opts.inflate ?? fflateInflate;
  return {
    names: entries.map((e) => e.name),
    has: (path) => byKey.has(keyOf(path)),
    size: (path) => byKey.get(keyOf(path))?.size ?? -1,
    read(path) {
      const e = byKey.get(keyOf(path));
      if (!e) return null;
      used += e.size;
      if (used > opts.maxUncompressed) {
        throw readError('too_large', opts.file, `its parts inflate to more than ${mb(opts.maxUncompressed)} MB`);
      }
      return extract(bytes, view, e, inflate, opts.file);
    },
  };
}

function keyOf(path: string): string {
  return path.replace(/^\/+/, '').toLowerCase();
}

function mb(n: number): number {
  return Math.round(n / 1048576);
}

function readDirectory(bytes: Uint8Array, view: DataView, file: string): Entry[] {
  const eocd = findEocd(view);
  if (eocd < 0) throw readError('truncated', file);
  let count = view.getUint16(eocd + 10, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset === 0xffffffff || count === 0xffff) [count, cdOffset] = readZip64Eocd(view, eocd, file);
  const names = new TextDecoder();
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== 0x02014b50) throw readError('truncated', file);
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

/** The end-of-central-directory record sits in the last 64 KiB + 22 bytes (its comment may precede). */
function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 65557);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

function readZip64Eocd(view: DataView, eocd: number, file: string): [number, number] {
  const loc = eocd - 20;
  if (loc < 0 || view.getUint32(loc, true) !== 0x07064b50) throw readError('truncated', file);
  const rec = Number(view.getBigUint64(loc + 8, true));
  if (rec + 56 > view.byteLength || view.getUint32(rec, true) !== 0x06064b50) throw readError('truncated', file);
  return [Number(view.getBigUint64(rec + 32, true)), Number(view.getBigUint64(rec + 48, true))];
}

/** Zip64 extended information (header id 1): 8-byte fields for the values saturated at 0xFFFFFFFF. */
function applyZip64Extra(view: DataView, e: Entry, start: number, len: number): void {
  if (e.size !== 0xffffffff && e.csize !== 0xffffffff && e.offset !== 0xffffffff) return;
  for (let q = start; q + 4 <= start + len; ) {
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

function extract(bytes: Uint8Array, view: DataView, e: Entry, inflate: Inflate, file: string): Uint8Array {
  if (e.flags & 1) throw readError('encrypted', file);
  const h = e.offset;
  if (h + 30 > view.byteLength || view.getUint32(h, true) !== 0x04034b50) throw readError('truncated', file);
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  if (start + e.csize > bytes.byteLength) throw readError('truncated', file);
  const data = bytes.subarray(start, start + e.csize);
  if (e.method === 0) return data;
  if (e.method !== 8) throw readError('not_xlsx', file, `part ${e.name} uses an unsupported compression method`);
  try {
    return inflate(data, e.size);
  } catch {
    throw readError('truncated', file);
  }
}
