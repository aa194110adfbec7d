/**
 * What the HTTP layer calls: the readers (xlsx-reader, importer), the core (core-rules, reports)
 * and the report writers. Typed from the real functions so the compiler keeps the glue honest;
 * injectable so route tests can provoke failures (an unexpected throw must become a bare 500).
 */
import type { readWorkbookBytes } from '../../readers';
import type { assess } from '../../shared';
import type { parseWorkbook } from '../../shared/workbook';
import type { checkSet } from '../../shared/cross';
import type { buildGapReport } from '../../shared/gaps';
import type { scoreReadiness } from '../../shared/readiness';
import type { renderGapReportHtml } from '../reports/render-gap-report-html';
import type { writeGapReportXlsx } from '../reports/write-gap-report-xlsx';

export type Services = {
  /** The readers' one dispatcher (xlsx/xlsm or CSV, by content first). */
  readonly readWorkbook: typeof readWorkbookBytes;
  readonly assess: typeof assess;
  readonly parseWorkbook: typeof parseWorkbook;
  /** The check of a set: ISMS-level rules over the whole set plus the XWB rules. */
  readonly checkSet: typeof checkSet;
  readonly buildGapReport: typeof buildGapReport;
  readonly scoreReadiness: typeof scoreReadiness;
  readonly renderGapReportHtml: typeof renderGapReportHtml;
  /** Loaded on first use: it pulls in exceljs (~250 ms of cold start) for the xlsx format only. */
  readonly writeGapReportXlsx: typeof writeGapReportXlsx;
};
