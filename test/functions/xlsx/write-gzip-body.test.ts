import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GzipBody } from '../../../functions/xlsx/write-gzip-body';

/** The gzip output of `input`, split into chunks of the given sizes (the last takes the rest). */
function chunked(gz: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= gz.length) break;
    out.push(gz.subarray(at, at + n));
    at += n;
  }
  if (at < gz.length) out.push(gz.subarray(at));
  return out;
}

function split(chunks: readonly Uint8Array[]): { body: Buffer; crc: number } {
  const parts: Uint8Array[] = [];
  const g = new GzipBody((d) => parts.push(d));
  for (const c of chunks) g.push(c);
  return { body: Buffer.concat(parts), crc: g.crc() };
}

describe('GzipBody: a zip entry’s DEFLATE bytes and CRC-32 from a gzip stream', () => {
  const input = Buffer.from('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(5000));
  const gz = gzipSync(input, { level: 1 });

  it.each([
    ['one chunk', [gz.length]],
    ['one byte at a time', Array.from({ length: gz.length }, () => 1)],
    ['a header split in two, then chunks shorter than the trailer', [3, 9, 5, 2, 7, 1, 4]],
    ['the trailer alone in the last chunk', [gz.length - 8, 8]],
    ['the trailer split over the last two chunks', [gz.length - 5, 5]],
  ])('%s: the raw DEFLATE data and the input’s CRC-32', (_, sizes) => {
    const { body, crc } = split(chunked(gz, sizes));
    expect(body.equals(deflateRawSync(input, { level: 1 }))).toBe(true);
    expect(crc).toBe(crc32(input));
  });

  it('an empty part: empty DEFLATE data and CRC 0', () => {
    const empty = gzipSync(Buffer.alloc(0));
    const { body, crc } = split([empty]);
    expect(body.equals(deflateRawSync(Buffer.alloc(0)))).toBe(true);
    expect(crc).toBe(0);
  });

  it('a stream too short to hold its trailer is an error, not a CRC of 0', () => {
    const g = new GzipBody(() => undefined);
    g.push(gz.subarray(0, 12));
    expect(() => g.crc()).toThrow(/trailer/);
  });
});
