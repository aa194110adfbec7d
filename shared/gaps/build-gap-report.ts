import type { IsmsWorkbook } from '../model/types';
import type { ClauseStatus } from '../model/types';
import type { GapReport, GapSummary } from './types';
import { checkWorkbooks } from '../cross/check-workbooks';
import { mergeClauses } from './merge-clauses';
import { hasSoa, mergeSoa } from './merge-soa';
import { buildControlGaps } from './control-gaps';
import { buildRoadmap } from './roadmap';
import { estimateResources } from './resources';
import { buildManagementReview } from './management-review';

const STATUSES: readonly ClauseStatus[] = [
  'Conformant',
  'Partial',
  'Nonconformant',
  'Not assessed',
];

/**
 * The gap report of a set of workbooks: clause-by-clause conformance matrix (4.1 … 10.2),
 * control gap register, remediation roadmap, resource estimate, consolidated heat maps and the
 * management review pack (9.3). Risks are shown on one method (see `consolidate`).
 *
 * @example buildGapReport([parseWorkbook(snapshot).workbook], { asOf: '2025-06-30' }).roadmap[0]
 */
export function buildGapReport(
  workbooks: readonly IsmsWorkbook[],
  opts: { asOf: string },
): GapReport {
  const cross = checkWorkbooks(workbooks, opts);
  const view = cross.consolidated;
  const clauses = mergeClauses(workbooks);
  const merged = hasSoa(workbooks) ? mergeSoa(workbooks) : null;
  const controlGaps = merged ? buildControlGaps(merged, view.risks) : [];
  const threshold = view.methodology?.acceptanceThreshold ?? null;
  const roadmap = buildRoadmap(controlGaps, threshold);
  const resources = estimateResources(controlGaps);
  const managementReview = buildManagementReview(
    workbooks,
    view.risks,
    merged,
    threshold,
    opts.asOf,
  );
  const clauseCounts = Object.fromEntries(
    STATUSES.map((s) => [s, clauses.filter((c) => c.status === s).length]),
  );
  const total = managementReview.soa?.total;
  const summary: GapSummary = {
    workbooks: workbooks.length,
    risks: view.risks.length || workbooks.reduce((n, w) => n + (w.risks?.length ?? 0), 0),
    clauses: clauseCounts as Record<ClauseStatus, number>,
    applicableControls: total?.applicable ?? 0,
    implementedControls: total?.implemented ?? 0,
    controlGaps: controlGaps.length,
    personDays: resources.total.personDays,
    openAuditFindings: managementReview.auditFindings.open.length,
    crossFindings: cross.findings.length,
  };
  return {
    asOf: opts.asOf,
    workbooks: workbooks.map((w) => w.name),
    summary,
    clauses,
    controlGaps,
    roadmap,
    resources,
    methodology: view.methodology,
    methodologySource: view.methodologySource,
    rescaling: view.rescaling,
    heatMaps: view.heatMaps,
    managementReview,
  };
}
