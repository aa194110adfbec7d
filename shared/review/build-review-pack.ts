/**
 * The management review pack of a set of workbooks (ISO/IEC 27001:2022 9.3): a summary (readiness
 * per audit stage, top risks, decisions needed), the 9.3.2 inputs a) to g) and the 9.3.3
 * decisions page. `changes` are the differences from the previous review's workbooks
 * (shared/diff), or null when none was supplied.
 *
 * @example buildReviewPack([wb], { asOf: '2025-06-30', changes: null }).summary.readiness.verdict
 */
import type { IsmsWorkbook } from '../model/types';
import type { ChangeItem } from '../diff/change-item';
import type { ReviewPack, StageReadiness } from './types';
import type { Readiness } from '../readiness/types';
import { buildGapReport } from '../gaps/build-gap-report';
import { topRisks } from '../gaps/management-review';
import { consolidate } from '../cross/consolidate';
import { scoreReadiness } from '../readiness/score-readiness';
import { lastReviewDate, reviewItems } from './review-items';
import {
  clauseItems,
  findingItems,
  isAuditResult,
  isNonconformity,
  isOpportunity,
  objectiveItems,
} from './performance';
import { proposeDecisions } from './decisions';
import { unacceptedRisks } from './unaccepted-risks';

export const SUMMARY_DECISIONS = 6;

/** Readiness per audit stage, as the readiness score decides it (blockers are major findings). */
function stages(r: Readiness): StageReadiness[] {
  return [
    { stage: 'Stage 1', ready: r.stages.stage1.ready, threshold: r.thresholds.stage1 },
    { stage: 'Stage 2', ready: r.stages.stage2.ready, threshold: r.thresholds.stage2 },
  ];
}

function allRisksWorstFirst(workbooks: readonly IsmsWorkbook[]) {
  const risks = consolidate(workbooks).risks;
  return topRisks(risks, risks.length);
}

export function buildReviewPack(
  workbooks: readonly IsmsWorkbook[],
  opts: { asOf: string; changes: readonly ChangeItem[] | null },
): ReviewPack {
  const { asOf } = opts;
  const gap = buildGapReport(workbooks, { asOf });
  const readiness = scoreReadiness(workbooks, { asOf });
  const reviews = reviewItems(workbooks, asOf);
  const nonconformities = findingItems(workbooks, asOf, isNonconformity);
  const opportunities = findingItems(workbooks, asOf, isOpportunity);
  const objectives = objectiveItems(workbooks, asOf);
  const threshold = gap.methodology?.acceptanceThreshold ?? null;
  const previousActions = reviews.filter((r) => r.decision);
  const decisions = proposeDecisions({
    blockers: readiness.blockers,
    unaccepted: unacceptedRisks(workbooks, allRisksWorstFirst(workbooks), threshold),
    threshold,
    nonconformities,
    actions: previousActions,
    objectives,
    gaps: { count: gap.summary.controlGaps, personDays: gap.summary.personDays },
    opportunities,
  });
  const byLetter = (l: string) => reviews.filter((r) => r.letter === l);
  return {
    asOf,
    workbooks: gap.workbooks,
    summary: {
      readiness: {
        overall: readiness.overall,
        verdict: readiness.verdict,
        verdictLabel: readiness.verdictLabel,
        verdictReason: readiness.verdictReason,
        stages: stages(readiness),
        blockers: readiness.blockers.map((b) => b.reason),
      },
      topRisks: gap.managementReview.topRisks.slice(0, 5),
      decisionsNeeded: decisions.slice(0, SUMMARY_DECISIONS),
      lastReview: lastReviewDate(reviews),
      nextAudit: readiness.nextAudit ?? null,
    },
    previousActions,
    changes: {
      issues: clauseItems(gap.clauses, '4.1'),
      parties: clauseItems(gap.clauses, '4.2'),
      inputs: reviews.filter((r) => r.letter === 'b' || r.letter === 'c'),
      sinceLastReview: opts.changes,
    },
    performance: {
      nonconformities,
      monitoring: clauseItems(gap.clauses, '9.1'),
      areas: readiness.areas.map((a) => ({ name: a.name, score: a.score })),
      audits: clauseItems(gap.clauses, '9.2'),
      auditFindings: findingItems(workbooks, asOf, isAuditResult),
      objectives,
    },
    feedback: byLetter('e'),
    risk: {
      heatMaps: gap.heatMaps,
      treatment: gap.managementReview.treatment,
      acceptanceThreshold: threshold,
      bands: gap.methodology?.bands ?? [],
    },
    improvement: {
      opportunities,
      inputs: byLetter('g'),
      clauses: clauseItems(gap.clauses, '10.1', '10.2'),
    },
    decisions,
    gapPersonDays: gap.summary.personDays,
  };
}
