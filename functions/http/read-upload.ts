/**
 * One uploaded file → a workbook snapshot, through the readers' one dispatcher (the CLI and the
 * task pane use the same): content first (a zip or OLE2 file goes to the xlsx reader whatever its
 * name), then the name or media type (.csv/.tsv/.txt, text/csv → the CSV reader). A read error
 * becomes a problem naming the file: too large → 413, empty → 400, unreadable → 422.
 */
import type { WorkbookSnapshot } from '../../shared/grid';
import type { Finding } from '../../shared/validation';
import { XlsxReadError } from '../../readers';
import type { Services } from './services';
import { ProblemError } from './problem';

/** A workbook ready for the core, with what reading it already found (malformed CSV rows…). */
export type DecodedWorkbook = {
  readonly snapshot: WorkbookSnapshot;
  readonly readFindings: readonly Finding[];
};

export type Upload = { readonly name: string; readonly type: string; readonly bytes: Uint8Array };

export function readUpload(u: Upload, services: Pick<Services, 'readWorkbook'>): DecodedWorkbook {
  try {
    const { snapshot, findings } = services.readWorkbook(u.bytes, { name: u.name, type: u.type });
    return { snapshot, readFindings: findings };
  } catch (err) {
    if (err instanceof XlsxReadError) throw readErrorProblem(err, u.name);
    throw err;
  }
}

/** not an xlsx / legacy / encrypted / truncated → 422; too large → 413; empty → 400; all name the file. */
export function readErrorProblem(err: XlsxReadError, file: string): ProblemError {
  const item = { file, reason: err.reason, detail: err.message };
  if (err.reason === 'too_large') {
    return new ProblemError('payload-too-large', err.message, [item]);
  }
  if (err.reason === 'empty') return new ProblemError('empty-file', err.message, [item]);
  return new ProblemError('unreadable-workbook', err.message, [item]);
}
