/**
 * Node host: a path → WorkbookSnapshot. Dispatches on content first (a zip is read as xlsx/xlsm,
 * whatever its extension), then on extension (.csv/.tsv/.txt → the CSV reader). Every failure is
 * an XlsxReadError whose message is one line naming the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Finding, WorkbookSnapshot } from '../../shared';
import { readError, XlsxReadError } from './ooxml/errors';
import { DEFAULT_XLSX_LIMITS, readXlsx, type XlsxLimits } from './ooxml/read-xlsx';
import type { Inflate } from './ooxml/zip';
import { readCsv } from './read-csv';
import { decodeText, isZipOrOle } from './text-bytes';

export type WorkbookInput = {
  readonly snapshot: WorkbookSnapshot;
  /** Problems found while reading (CSV rows with the wrong field count); empty for xlsx. */
  readonly findings: readonly Finding[];
};

export type ReadFileOptions = {
  readonly sheets?: readonly string[];
  readonly limits?: Partial<XlsxLimits>;
};

/**
 * zlib's native inflate, capped at the declared size (a part that inflates larger is damaged).
 * One output buffer one byte larger than the part: zlib then never fills it, so it neither
 * allocates a second chunk nor concatenates (readXlsx inflates parts up to 32 MB whole).
 */
export const zlibInflate: Inflate = (data, size) =>
  inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(size + 1, 64) });

const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

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
  const limits = { ...DEFAULT_XLSX_LIMITS, ...opts.limits };
  const bytes = await readBounded(path, name, limits.maxCompressedBytes);
  if (bytes.length === 0) throw readError('empty', name);
  if (!isZipOrOle(bytes) && TEXT_EXTENSIONS.has(extname(path).toLowerCase())) {
    const { snapshot, findings } = readCsv(decodeText(bytes), { name });
    return { snapshot, findings };
  }
  return {
    snapshot: readXlsx(bytes, { name, sheets: opts.sheets, limits, inflate: zlibInflate }),
    findings: [],
  };
}

async function readBounded(path: string, name: string, max: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw readError('not_xlsx', name, 'it is a folder, not a file');
    if (info.size > max)
      throw readError('too_large', name, `the file is over ${Math.round(max / 1048576)} MB`);
    const buf = await readFile(path);
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
