/**
 * POST /api/import — any ISO 27001 workbook (xlsx, xlsm, csv or a snapshot) converted into the
 * canonical workbook, as `isms import` does: canonical tables, an "Import Report" sheet and every
 * original sheet kept. A workbook that already is canonical comes back unchanged (multipart).
 */
import { Hono } from 'hono';
import { importWorkbook } from '../../shared/import';
import type { WorkbookSnapshot } from '../../shared/grid';
import { checkImportBudget, XlsxReadError } from '../../readers';
import { convertedWorkbook } from '../import/convert-workbook';
import { readErrorProblem } from '../http/read-upload';
import { ProblemError } from '../http/problem';
import { XLSX_MEDIA_TYPE } from '../http/report-format';
import { contentDisposition } from '../http/content-disposition';
import { decodeImportRequest } from './import-request';
import type { RouteDeps } from './route-deps';

export function importRoutes(deps: RouteDeps): Hono {
  const r = new Hono();
  r.post('/import', async (c) => {
    const { snapshot, mapping, original } = await decodeImportRequest(c, deps);
    withinImportBudget(snapshot);
    const result = importWorkbook(snapshot, { mapping });
    if (result.canonical && !original) {
      throw new ProblemError(
        'bad-request',
        `${snapshot.name} is already a canonical ISMS workbook (it has the tblRisks/tblSoA tables); there is nothing to convert.`,
        [{ field: 'workbooks', pointer: '/workbooks/0', detail: 'already canonical' }],
      );
    }
    const bytes =
      result.canonical && original ? original : await convertedWorkbook(result, snapshot.sheets);
    return c.body(bytes.slice().buffer as ArrayBuffer, 200, {
      'content-type': XLSX_MEDIA_TYPE,
      'content-disposition': attachment(convertedName(snapshot.name)),
      'x-import-canonical': String(result.canonical),
    });
  });
  return r;
}

/** Over an import limit (readers/limits.ts): 413 problem+json naming the file, sheet and limit. */
function withinImportBudget(snapshot: WorkbookSnapshot): void {
  try {
    checkImportBudget(snapshot);
  } catch (e) {
    if (e instanceof XlsxReadError) throw readErrorProblem(e, snapshot.name);
    throw e;
  }
}

/** `Registre 2024.xlsx` → `Registre 2024 (canonical).xlsx`. */
export function convertedName(name: string): string {
  const stem = name.replace(/\.(xlsx|xlsm|xls|csv|tsv|txt)$/i, '') || 'workbook';
  return `${stem} (canonical).xlsx`;
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name, made safe (http/content-disposition.ts). */
export function attachment(fileName: string): string {
  return contentDisposition('attachment', fileName);
}
