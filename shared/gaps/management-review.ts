/**
 * The management review pack (ISO/IEC 27001:2022 9.3.2): top risks, treatment progress, SoA
 * implementation by theme and open audit findings (nonconformities and corrective actions, 9.3.2 d 1).
 */
import type { IsmsWorkbook } from '../model/types';
import type { ConsolidatedRisk } from '../cross/types';
import type { ManagementReview, OpenAuditFinding, ThemeImplementation } from './types';
import type { MergedControl } from './merge-soa';
import type { ThemeProgress } from '../model/assessment';
import { progressByTheme } from '../soa/soa-progress';
import { LISTS } from '../workbook/canonical';
import { sourceCell } from '../cross/source-cell';
import { treatmentProgress } from './risk-progress';
import { isActionOverdue } from '../vocabulary/overdue';

export const TOP_RISKS = 10;

/** Worst residual first, then worst inherent, then set order. */
export function topRisks(risks: readonly ConsolidatedRisk[], n = TOP_RISKS): ConsolidatedRisk[] {
  return risks
    .map((r, i) => ({ r, i }))
    .filter((x) => x.r.residualScore !== null)
    .sort(
      (a, b) =>
        (b.r.residualScore ?? 0) - (a.r.residualScore ?? 0) ||
        (b.r.inherentScore ?? 0) - (a.r.inherentScore ?? 0) ||
        a.i - b.i,
    )
    .slice(0, n)
    .map((x) => x.r);
}

/** The report's view of one theme's SoA counts: applicable controls without a status, and the implemented share. */
function implementation(p: ThemeProgress): ThemeImplementation {
  const {
    theme,
    controls,
    applicable,
    excluded,
    undecided,
    implemented,
    partial,
    planned,
    notImplemented,
  } = p;
  return {
    theme,
    controls,
    applicable,
    excluded,
    undecided,
    implemented,
    partial,
    planned,
    notImplemented,
    noStatus: applicable - implemented - partial - planned - notImplemented,
    percentImplemented: applicable === 0 ? null : Math.round((100 * implemented) / applicable),
  };
}

/** SoA implementation by theme of the set's merged decisions, counted as soaProgress counts one SoA. */
export function soaImplementation(merged: readonly MergedControl[]): ManagementReview['soa'] {
  const byId = new Map(merged.map((m) => [m.control.id, m]));
  const p = progressByTheme((id) => byId.get(id), 'Total');
  return { byTheme: p.byTheme.map(implementation), total: implementation(p.total) };
}

export function openAuditFindings(
  workbooks: readonly IsmsWorkbook[],
  asOf: string,
): OpenAuditFinding[] {
  return workbooks.flatMap((wb) =>
    (wb.auditFindings ?? [])
      .filter((f) => f.closed === null && (f.id || f.description))
      .map((f) => ({
        id: f.id,
        type: f.type,
        source: f.source ?? (f.sourceRaw === null ? null : String(f.sourceRaw)),
        reference: f.reference,
        description: f.description,
        owner: f.owner,
        due: f.due,
        overdue: isActionOverdue(f, asOf),
        location: {
          workbook: wb.name,
          sheet: f.ref.sheet,
          cell: sourceCell(f.ref, 'id'),
          row: f.ref.row,
        },
      })),
  );
}

export function buildManagementReview(
  workbooks: readonly IsmsWorkbook[],
  risks: readonly ConsolidatedRisk[],
  merged: readonly MergedControl[] | null,
  threshold: number | null,
  asOf: string,
): ManagementReview {
  const open = openAuditFindings(workbooks, asOf);
  const types = [...LISTS.findingType, 'Unclassified'];
  return {
    topRisks: topRisks(risks),
    treatment: treatmentProgress(workbooks, risks, threshold, asOf),
    soa: merged ? soaImplementation(merged) : null,
    auditFindings: {
      open,
      byType: types
        .map((t) => ({
          key: t,
          count: open.filter((f) => (f.type ?? 'Unclassified') === t).length,
        }))
        .filter((l) => l.count > 0),
      overdue: open.filter((f) => f.overdue).length,
    },
  };
}
