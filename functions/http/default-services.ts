/**
 * The real implementations behind `Services`. Everything is imported eagerly except the gap
 * report's xlsx writer: it needs exceljs, so it is imported on first use and the function's
 * cold start does not pay for it.
 */
import type { Services } from './services';
import { readWorkbookBytes } from '../../readers';
import { zlibInflate } from '../xlsx/zlib-inflate';
import { assess } from '../../shared';
import { parseWorkbook } from '../../shared/workbook';
import { checkSet } from '../../shared/cross';
import { buildGapReport } from '../../shared/gaps';
import { scoreReadiness } from '../../shared/readiness';
import { renderGapReportHtml } from '../reports/render-gap-report-html';

export const defaultServices: Services = {
  // Node's zlib inflates faster than fflate; the reader still caps each part at its declared size.
  readWorkbook: (bytes, opts) => readWorkbookBytes(bytes, { inflate: zlibInflate, ...opts }),
  assess,
  parseWorkbook,
  checkSet,
  buildGapReport,
  scoreReadiness,
  renderGapReportHtml,
  writeGapReportXlsx: async (report) => {
    const { writeGapReportXlsx } = await import('../reports/write-gap-report-xlsx');
    return writeGapReportXlsx(report);
  },
};
