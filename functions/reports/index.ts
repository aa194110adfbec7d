/** @module reports — gap report writers: xlsx (exceljs, lazy), self-contained HTML; JSON is the GapReport itself. */
export { writeGapReportXlsx, GAP_REPORT_SHEETS } from './write-gap-report-xlsx';
export { renderGapReportHtml } from './render-gap-report-html';
