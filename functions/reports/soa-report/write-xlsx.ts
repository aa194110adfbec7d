/**
 * The Statement of Applicability as an xlsx document: a Document control sheet, then one table of
 * all 93 controls, printed to one page wide with the header row repeated and its print area set.
 */
import type { SoaReport } from '../../../shared/soa-report';
import { addTableSheet } from '../xlsx/table-sheet';
import { fillCell, xv } from '../xlsx/sheet-kit';
import { newWorkbook, toBytes } from '../xlsx/new-workbook';
import { IMPLEMENTATION_COLORS } from '../text';
import { documentControlLines, SOA_COLUMNS, soaCells, soaSummaryText } from './columns';

export async function writeSoaReportXlsx(r: SoaReport): Promise<Uint8Array> {
  const wb = await newWorkbook('isms soa-report', `Statement of Applicability ${r.asOf}`);
  addTableSheet(wb, 'Document control', {
    title: 'Statement of Applicability — document control',
    subtitle: soaSummaryText(r),
    name: 'tblDocumentControl',
    columns: [
      { header: 'Field', width: 18 },
      { header: 'Value', width: 60 },
    ],
    rows: documentControlLines(r).map(([k, v]) => [k, xv(v)]),
  });
  const { ws, firstRow } = addTableSheet(wb, 'SoA', {
    title: 'Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d)',
    subtitle: `Version ${r.documentControl?.version ?? '—'} · as of ${r.asOf} · ${soaSummaryText(r)}`,
    name: 'tblStatementOfApplicability',
    columns: SOA_COLUMNS,
    rows: r.rows.map((x) => soaCells(x).map(xv)),
  });
  r.rows.forEach((x, i) => {
    if (x.applicable === 'Yes') {
      const c = IMPLEMENTATION_COLORS[x.status ?? 'No status'];
      fillCell(ws.getCell(firstRow + i, 6), c.fill, c.text);
    }
  });
  return toBytes(wb);
}
