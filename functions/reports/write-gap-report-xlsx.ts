/**
 * The gap report as an xlsx workbook for consultants: sheets Summary, Clauses, Control gaps,
 * Roadmap, Resources and Heat map, each table a real Excel Table, statuses and ratings in their
 * colours. exceljs is imported lazily (about 250 ms of cold start) so that hosts that never
 * write xlsx do not pay for it. No formulas are written: user text is always a string cell.
 */
import type { GapReport } from '../../shared/gaps';
import { writeSummarySheet } from './xlsx/summary-sheet';
import { writeClausesSheet, writeGapsSheet, writeRoadmapSheet } from './xlsx/register-sheets';
import { writeResourcesSheet } from './xlsx/resources-sheet';
import { writeHeatMapSheet } from './xlsx/heat-map-sheet';
import { neutraliseWorkbook } from '../xlsx/neutralise';
import { writeFindingsSheet, writeReadinessSheet } from './xlsx/findings-sheet';
import { printSetup } from './xlsx/sheet-kit';

/** The row each sheet repeats when printed: its main table's header. */
const HEADER_ROW: Readonly<Record<string, number>> = { Summary: 4, Resources: 4, Readiness: 4 };

export const GAP_REPORT_SHEETS = [
  'Summary',
  'Clauses',
  'Control gaps',
  'Roadmap',
  'Resources',
  'Findings',
  'Readiness',
  'Heat map',
] as const;

export async function writeGapReportXlsx(report: GapReport): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'isms gap-report';
  wb.title = `ISMS gap report ${report.asOf}`;
  writeSummarySheet(wb.addWorksheet('Summary'), report);
  writeClausesSheet(wb.addWorksheet('Clauses'), report);
  writeGapsSheet(wb.addWorksheet('Control gaps'), report);
  writeRoadmapSheet(wb.addWorksheet('Roadmap'), report);
  writeResourcesSheet(wb.addWorksheet('Resources'), report);
  writeFindingsSheet(wb.addWorksheet('Findings'), report);
  writeReadinessSheet(wb.addWorksheet('Readiness'), report);
  writeHeatMapSheet(wb.addWorksheet('Heat map'), report);
  neutraliseWorkbook(wb); // formula-like user text stays text (functions/xlsx/neutralise.ts)
  // Every sheet prints one page wide with its header row repeated (fitToPage + fitToHeight 0).
  for (const ws of wb.worksheets) printSetup(ws, HEADER_ROW[ws.name] ?? 1);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
