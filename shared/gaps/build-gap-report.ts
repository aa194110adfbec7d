import type { IsmsWorkbook } from '../model/types';
import type { ClauseStatus } from '../model/types';
import type { GapReadiness, GapReport, GapSummary } from './types';
import type { Readiness } from '../readiness/types';
import { checkWorkbooks } from '../cross/check-workbooks';
import { scoreReadiness } from '../readiness/score-readiness';
import { runRules } from '../validation/validate-workbook';
import { sortFindings } from '../validation/sort-findings';
import { summarize } from '../validation/finding';
import { mergeClauses } from './merge-clauses';
import { hasSoa, mergeSoa } from './merge-soa';
import { buildControlGaps } from './control-gaps';
import { buildRoadmap } from './roadmap';
import { estimateResources } from './resources';
import { buildManagementReview } from './management-review';
import { NO_OVERRIDES, type EffortOverrides } from './effort-overrides';
import { DEFAULT_CONSULTANCY_SHARE } from './effort-calibration';
import { nextAuditDates } from './schedule';
import { reviewBlocker } from './review-recency';

const STATUSES: readonly ClauseStatus[] = [
  'Conformant',
  'Partial',
  'Nonconformant',
  'Not assessed',
];

function readinessOf(r: Readiness): GapReadiness {
  return {
    overall: r.overall,
    verdict: r.verdict,
    verdictLabel: r.verdictLabel,
    verdictReason: r.verdictReason,
    areas: r.areas.map((a) => ({ name: a.name, score: a.score })),
    blockers: r.blockers.map((b) => b.reason),
  };
}

/**
 * The gap report of a set of workbooks: clause-by-clause conformance matrix (4.1 … 10.2),
 * control gap register, the remediation roadmap (blockers, nonconformities, clause and control
 * gaps, scheduled against the next audit when tblCertification plans one), the effort estimate
 * (clause work, controls, tooling, consultancy; `effort` holds the workbook's tblEffort
 * overrides), consolidated heat maps, the management review inputs (9.3), the validation
 * findings and the readiness score. Risks are shown on one method (see `consolidate`).
 *
 * @example buildGapReport([parseWorkbook(snapshot).workbook], { asOf: '2025-06-30' }).roadmap[0]
 */
export function buildGapReport(
  workbooks: readonly IsmsWorkbook[],
  opts: { asOf: string; effort?: EffortOverrides },
): GapReport {
  const { asOf } = opts;
  const overrides = opts.effort ?? NO_OVERRIDES;
  const cross = checkWorkbooks(workbooks, opts);
  const view = cross.consolidated;
  const clauses = mergeClauses(workbooks);
  const merged = hasSoa(workbooks) ? mergeSoa(workbooks) : null;
  const controlGaps = merged ? buildControlGaps(merged, view.risks, overrides) : [];
  const threshold = view.methodology?.acceptanceThreshold ?? null;
  const managementReview = buildManagementReview(workbooks, view.risks, merged, threshold, asOf);
  const readiness = scoreReadiness(workbooks, { asOf });
  const recency = reviewBlocker(workbooks, asOf, readiness.blockers);
  const nextAudit = nextAuditDates(workbooks, asOf);
  const roadmap = buildRoadmap({
    workbooks,
    gaps: controlGaps,
    threshold,
    clauses,
    merged,
    risks: view.risks,
    openFindings: managementReview.auditFindings.open,
    blockers: [...readiness.blockers, ...recency],
    overrides,
    audit: nextAudit,
    asOf,
  });
  const share = overrides.consultancyShare ?? DEFAULT_CONSULTANCY_SHARE;
  const resources = estimateResources(controlGaps, roadmap, share);
  const findings = [
    ...sortFindings(workbooks.flatMap((w) => runRules(w, { asOf }))),
    ...cross.findings,
  ];
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
    totalPersonDays: resources.grandTotal,
    findings: summarize(findings),
  };
  return {
    asOf,
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
    findings,
    readiness: readinessOf(readiness),
    nextAudit,
  };
}
