/**
 * Node host: a path → WorkbookSnapshot through the readers' one dispatcher (readWorkbookBytes:
 * content first, then the extension), with Node's zlib injected as the inflate. Every failure is
 * an XlsxReadError whose message is one line naming the file.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Finding, WorkbookSnapshot } from '../../shared';
import {
  DEFAULT_READ_LIMITS,
  readError,
  readWorkbookBytes,
  XlsxReadError,
  type ReadLimits,
} from '../../readers';
import { zlibInflate } from './zlib-inflate';

export { zlibInflate } from './zlib-inflate';

export type WorkbookInput = {
  readonly snapshot: WorkbookSnapshot;
  /** Problems found while reading (malformed CSV rows, duplicate sheets, missing parts). */
  readonly findings: readonly Finding[];
};

export type ReadFileOptions = {
  readonly sheets?: readonly string[];
  readonly limits?: Partial<ReadLimits>;
};

export async function readWorkbookFile(
  path: string,
  opts: ReadFileOptions = {},
): Promise<WorkbookSnapshot> {
  return (await readWorkbookInput(path, opts)).snapshot;
}

export async function readWorkbookInput(
  path: string,
  opts: ReadFileOptions = {},
): Promise<WorkbookInput> {
  const name = basename(path);
  const limits = { ...DEFAULT_READ_LIMITS, ...opts.limits };
  const bytes = await readBounded(path, name, limits.maxCompressedBytes);
  return readWorkbookBytes(bytes, { name, sheets: opts.sheets, limits, inflate: zlibInflate });
}

async function readBounded(path: string, name: string, max: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw readError('not_xlsx', name, 'it is a folder, not a file');
    const over = () =>
      readError('too_large', name, `the file is over ${Math.round(max / 1048576)} MB`);
    if (info.size > max) throw over();
    // A device or pipe reports size 0: `isms validate /dev/zero` once read 17 GB (#11). Those
    // are read as a stream, stopped one byte past the limit.
    const buf = info.isFile() ? await readFile(path) : await readStreamBounded(path, max, over);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw readError('not_found', name);
    const why =
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'read error');
    throw new XlsxReadError('not_found', name, `cannot read the file (${why})`);
  }
}

/** The bytes of a non-regular file (pipe, device), refused as soon as they pass `max`. */
export async function readStreamBounded(
  path: string,
  max: number,
  over: () => Error,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > max) throw over();
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}
