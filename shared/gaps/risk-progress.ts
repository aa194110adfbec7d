/** Treatment progress of the risks of a set (management review input 9.3.2 f, 6.1.3 e). */
import type { IsmsWorkbook, Risk } from '../model/types';
import type { ConsolidatedRisk } from '../cross/types';
import type { CountLine, ReportLocation, ManagementReview } from './types';
import { LISTS } from '../workbook/canonical';
import { sourceCell } from '../cross/source-cell';
import { isTreatmentOverdue } from '../vocabulary/overdue';

const NO_STATUS = 'No status';

export function canonicalRiskStatus(status: string | null): string {
  if (!status) return NO_STATUS;
  return (
    LISTS.riskStatus.find((s) => s.toLowerCase() === status.trim().toLowerCase()) ?? status.trim()
  );
}

/** True when the risk's treatment is overdue: the one definition, shared/vocabulary/overdue.ts. */
export function isOverdue(r: Risk, asOf: string): boolean {
  return isTreatmentOverdue(r, asOf);
}

function count(keys: readonly string[], order: readonly string[]): CountLine[] {
  const seen = [
    ...order.filter((k) => keys.includes(k)),
    ...[...new Set(keys)].filter((k) => !order.includes(k)).sort(),
  ];
  return seen.map((key) => ({ key, count: keys.filter((k) => k === key).length }));
}

export function treatmentProgress(
  workbooks: readonly IsmsWorkbook[],
  consolidated: readonly ConsolidatedRisk[],
  threshold: number | null,
  asOf: string,
): ManagementReview['treatment'] {
  const risks = workbooks.flatMap((wb) => (wb.risks ?? []).map((risk) => ({ wb: wb.name, risk })));
  const overdue = risks
    .filter((x) => isOverdue(x.risk, asOf))
    .map((x) => {
      const location: ReportLocation = {
        workbook: x.wb,
        sheet: x.risk.ref.sheet,
        cell: sourceCell(x.risk.ref, 'dueDate'),
        row: x.risk.ref.row,
      };
      return { workbook: x.wb, id: x.risk.id, due: x.risk.dueDate as string, location };
    });
  return {
    risks: risks.length,
    byStatus: count(
      risks.map((x) => canonicalRiskStatus(x.risk.status)),
      [...LISTS.riskStatus, NO_STATUS],
    ),
    byOption: count(
      risks.map((x) => x.risk.treatmentOption ?? (x.risk.treatment ? 'unrecognised' : 'none')),
      ['modify', 'retain', 'avoid', 'share', 'unrecognised', 'none'],
    ),
    overdue,
    aboveThreshold:
      threshold === null
        ? 0
        : consolidated.filter((r) => (r.residualScore ?? 0) > threshold).length,
  };
}
