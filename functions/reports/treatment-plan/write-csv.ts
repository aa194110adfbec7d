/**
 * The risk treatment plan as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they hold a
 * comma, quote or line break), for tools that take a flat list. The columns are the xlsx table's;
 * every cell passes through `cellText`, so formula-like text cannot run when the file is opened.
 */
import type { TreatmentPlan } from '../../../shared/treatment';
import { cellValue } from '../cell-text';
import { TREATMENT_COLUMNS, treatmentCells } from './columns';

function field(v: string | number | null): string {
  const s = v === null ? '' : String(cellValue(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeTreatmentPlanCsv(p: TreatmentPlan): string {
  const lines = [
    TREATMENT_COLUMNS.map((c) => field(c.header)),
    ...p.rows.map((r) => treatmentCells(r).map(field)),
  ];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
