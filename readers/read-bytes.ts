/**
 * The one bytes dispatcher every host uses (the CLI, the API, the task pane's browser mode), so
 * the same file is read the same way everywhere. Content decides first: a zip is read as an
 * xlsx/xlsm whatever its name, an OLE2 compound file is explained (legacy .xls or encrypted), and
 * text goes to the CSV reader when its name or media type says CSV (or it has no extension). The
 * name only decides for text; anything else is refused with the xlsx reader's one-line reasons.
 */
import type { Finding, WorkbookSnapshot } from '../shared';
import { readCsv } from './csv/read-csv';
import { readError } from './errors';
import { assertZipLike, binaryTextError, sniffKind } from './file-kind';
import { DEFAULT_READ_LIMITS, megabytes, type ReadLimits } from './limits';
import { readXlsx } from './ooxml/read-xlsx';
import type { Inflate } from './ooxml/zip';
import { decodeText } from './text-bytes';

export type ReadBytesOptions = {
  /** File name: named in the snapshot and in every error and finding. */
  readonly name: string;
  /** Media type when the host knows one (an upload's `text/csv`). */
  readonly type?: string;
  /** Read only these sheets of an xlsx (by name, case-insensitive). */
  readonly sheets?: readonly string[];
  readonly limits?: Partial<ReadLimits>;
  /** A native raw-inflate the Node hosts inject (zlib); the browser uses fflate's. */
  readonly inflate?: Inflate;
};

export type WorkbookRead = {
  readonly snapshot: WorkbookSnapshot;
  /** What reading found: malformed CSV records, duplicate sheets, missing parts. */
  readonly findings: readonly Finding[];
};

const TEXT_NAME = /\.(csv|tsv|txt)$/i;
const TEXT_TYPE = /^text\/(csv|tab-separated-values|plain)\b/i;

export function readWorkbookBytes(bytes: Uint8Array, opts: ReadBytesOptions): WorkbookRead {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...opts.limits };
  const { name } = opts;
  if (bytes.length === 0) throw readError('empty', name);
  if (bytes.length > limits.maxCompressedBytes)
    throw readError('too_large', name, `the file is over ${megabytes(limits.maxCompressedBytes)}`);
  const kind = sniffKind(bytes);
  if (kind === 'text' && isTextName(opts)) {
    return readCsv(decodeText(bytes), { name, limits });
  }
  if (kind === 'other' && isTextName(opts)) throw binaryTextError(bytes, name);
  if (kind !== 'zip') assertZipLike(bytes, name); // throws the reason: legacy, encrypted, text…
  const findings: Finding[] = [];
  const snapshot = readXlsx(bytes, {
    name,
    sheets: opts.sheets,
    limits,
    inflate: opts.inflate,
    onFinding: (f) => findings.push(f),
  });
  return { snapshot, findings };
}

/** A CSV by name or media type; a name without an extension is taken as text too. */
function isTextName(opts: ReadBytesOptions): boolean {
  const base = opts.name.split(/[\\/]/).pop() ?? opts.name;
  return TEXT_NAME.test(base) || TEXT_TYPE.test(opts.type ?? '') || !base.includes('.');
}
