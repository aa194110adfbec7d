/** The risk treatment plan as an xlsx workbook: one printable table, overdue and unowned marked. */
import type { TreatmentPlan } from '../../../shared/treatment';
import { addTableSheet } from '../xlsx/table-sheet';
import { fillCell, xv } from '../xlsx/sheet-kit';
import { newWorkbook, toBytes } from '../xlsx/new-workbook';
import { planSubtitle, TREATMENT_COLUMNS, treatmentCells } from './columns';

const RED = '#FFC7CE';

export async function writeTreatmentPlanXlsx(p: TreatmentPlan): Promise<Uint8Array> {
  const wb = await newWorkbook('isms treatment-plan', `Risk treatment plan ${p.asOf}`);
  const { ws, firstRow } = addTableSheet(wb, 'Treatment plan', {
    title: 'Risk treatment plan (ISO/IEC 27001:2022 6.1.3 e, 8.3)',
    subtitle: planSubtitle(p),
    name: 'tblTreatmentPlan',
    columns: TREATMENT_COLUMNS,
    rows: p.rows.map((r) => treatmentCells(r).map(xv)),
  });
  p.rows.forEach((r, i) => {
    const row = firstRow + i;
    if (r.residualColor) fillCell(ws.getCell(row, 13), r.residualColor);
    if (r.overdue) fillCell(ws.getCell(row, 10), RED);
    if (r.unowned) fillCell(ws.getCell(row, 9), RED);
    if (r.aboveThreshold && !r.approvalDate) fillCell(ws.getCell(row, 14), RED);
  });
  return toBytes(wb);
}
