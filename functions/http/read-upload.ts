/**
 * One uploaded file → a workbook snapshot, dispatched like the CLI's readWorkbookFile: content
 * first (a zip or OLE2 file goes to the xlsx reader whatever its name), then the name or type
 * (.csv/.tsv/.txt, text/csv → the CSV reader). The xlsx reader recognises what is not an xlsx
 * (a Word file, a legacy .xls, an encrypted or truncated workbook) and says so naming the file.
 */
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import type { Finding } from '../../shared/validation/finding';
import { XlsxReadError } from '../xlsx/ooxml/errors';
import { decodeText, isZipOrOle } from '../xlsx/text-bytes';
import type { Services } from './services';
import { ProblemError } from './problem';

/** A workbook ready for the core, with what reading it already found (malformed CSV rows). */
export type DecodedWorkbook = {
  readonly snapshot: WorkbookSnapshot;
  readonly readFindings: readonly Finding[];
};

export type Upload = { readonly name: string; readonly type: string; readonly bytes: Uint8Array };

export function isCsvUpload(u: Upload): boolean {
  return (
    !isZipOrOle(u.bytes) &&
    (/\.(csv|tsv|txt)$/i.test(u.name) || /^text\/(csv|tab-separated-values|plain)\b/i.test(u.type))
  );
}

export function readUpload(
  u: Upload,
  services: Pick<Services, 'readXlsx' | 'readCsv'>,
): DecodedWorkbook {
  try {
    if (isCsvUpload(u)) {
      const { snapshot, findings } = services.readCsv(decodeText(u.bytes), { name: u.name });
      return { snapshot, readFindings: findings };
    }
    return { snapshot: services.readXlsx(u.bytes, { name: u.name }), readFindings: [] };
  } catch (err) {
    if (err instanceof XlsxReadError) throw readErrorProblem(err, u.name);
    throw err;
  }
}

/** not an xlsx / legacy / encrypted / truncated → 422; too large → 413; empty → 400; all name the file. */
function readErrorProblem(err: XlsxReadError, file: string): ProblemError {
  const item = { file, reason: err.reason, detail: err.message };
  if (err.reason === 'too_large') {
    return new ProblemError('payload-too-large', err.message, [item]);
  }
  if (err.reason === 'empty') return new ProblemError('empty-file', err.message, [item]);
  return new ProblemError('unreadable-workbook', err.message, [item]);
}
