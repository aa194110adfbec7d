/**
 * The management review pack (ISO/IEC 27001:2022 9.3.2): top risks, treatment progress, SoA
 * implementation by theme and open audit findings (nonconformities and corrective actions, 9.3.2 d 1).
 */
import type { IsmsWorkbook } from '../model/types';
import type { ConsolidatedRisk } from '../cross/types';
import type { ManagementReview, OpenAuditFinding, ThemeImplementation } from './types';
import type { MergedControl } from './merge-soa';
import { THEMES } from '../catalog/controls';
import { LISTS } from '../workbook/canonical';
import { sourceCell } from '../cross/source-cell';
import { treatmentProgress } from './risk-progress';

export const TOP_RISKS = 10;

/** Worst residual first, then worst inherent, then set order. */
export function topRisks(risks: readonly ConsolidatedRisk[], n = TOP_RISKS): ConsolidatedRisk[] {
  return risks
    .map((r, i) => ({ r, i }))
    .filter((x) => x.r.residualScore !== null)
    .sort((a, b) => (b.r.residualScore ?? 0) - (a.r.residualScore ?? 0) || (b.r.inherentScore ?? 0) - (a.r.inherentScore ?? 0) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.r);
}

function implementation(theme: string, ms: readonly MergedControl[]): ThemeImplementation {
  const app = ms.filter((m) => m.applicable === true);
  const by = (s: string | null) => app.filter((m) => m.status === s).length;
  const implemented = by('Implemented');
  return {
    theme,
    controls: ms.length,
    applicable: app.length,
    excluded: ms.filter((m) => m.applicable === false).length,
    undecided: ms.filter((m) => m.applicable === null).length,
    implemented,
    partial: by('Partially implemented'),
    planned: by('Planned'),
    notImplemented: by('Not implemented'),
    noStatus: by(null),
    percentImplemented: app.length === 0 ? null : Math.round((100 * implemented) / app.length),
  };
}

export function soaImplementation(merged: readonly MergedControl[]): ManagementReview['soa'] {
  return {
    byTheme: THEMES.map((t) => implementation(t, merged.filter((m) => m.control.theme === t))),
    total: implementation('Total', merged),
  };
}

export function openAuditFindings(workbooks: readonly IsmsWorkbook[], asOf: string): OpenAuditFinding[] {
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
        overdue: f.due !== null && f.due < asOf,
        location: { workbook: wb.name, sheet: f.ref.sheet, cell: sourceCell(f.ref, 'id'), row: f.ref.row },
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
        .map((t) => ({ key: t, count: open.filter((f) => (f.type ?? 'Unclassified') === t).length }))
        .filter((l) => l.count > 0),
      overdue: open.filter((f) => f.overdue).length,
    },
  };
}
