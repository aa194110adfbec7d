import type { IsmsWorkbook } from '../model/types';
import type { AreaScore, Deduction, Readiness } from './types';
import { checkWorkbooks } from '../cross/check-workbooks';
import { mergeClauses } from '../gaps/merge-clauses';
import { hasSoa, mergeSoa } from '../gaps/merge-soa';
import { AREAS, areaMax, THRESHOLDS } from './areas';
import { clauseDeductions } from './clause-deductions';
import { riskAssessmentChecks } from './risk-assessment-checks';
import { riskTreatmentChecks } from './risk-treatment-checks';
import { annexAChecks } from './annex-a-checks';
import { improvementChecks, operationChecks, performanceChecks } from './record-checks';
import { decideStages, decideVerdict, VERDICT_LABELS } from './verdict';
import type { Context } from './deduction';
import { blockersOf, setFindings, stageBlockers } from './blockers';
import { contradictedClauses } from './contradicted';
import { STAGE_TEXT } from './messages';
import { nextAudit } from '../cycle/next-audit';

/** Applies an area's deductions in order, never taking it below 0 (the last ones are trimmed). */
function capped(max: number, list: readonly Deduction[]): Deduction[] {
  let left = max;
  const out: Deduction[] = [];
  for (const d of list) {
    const points = Math.min(d.points, left);
    left -= points;
    if (points > 0)
      out.push(
        points === d.points ? d : { ...d, points, reason: STAGE_TEXT.capped(d.reason, points) },
      );
  }
  return out;
}

/**
 * Certification readiness of a set of workbooks: 0–100 overall (Σ of nine areas' points), each
 * lost point itemised, blockers (exactly the major findings of validate and check on the set),
 * the verdict and a verdict per audit stage. Arithmetic: docs/readiness.md.
 *
 * @example scoreReadiness([wb], { asOf: '2025-06-30' }).overall // 100 for a complete, clean ISMS
 */
export function scoreReadiness(
  workbooks: readonly IsmsWorkbook[],
  opts: { asOf: string },
): Readiness {
  const cross = checkWorkbooks(workbooks, opts);
  const findings = setFindings(workbooks, opts.asOf, cross.findings);
  const ctx: Context = {
    workbooks,
    asOf: opts.asOf,
    cross,
    clauses: mergeClauses(workbooks),
    merged: hasSoa(workbooks) ? mergeSoa(workbooks) : null,
    findings,
  };
  const parts = [
    riskAssessmentChecks(ctx),
    riskTreatmentChecks(ctx),
    operationChecks(ctx),
    performanceChecks(ctx),
    improvementChecks(ctx),
  ];
  const raw = [
    ...clauseDeductions(ctx.clauses, contradictedClauses(workbooks, findings)),
    ...parts.flatMap((p) => p.deductions),
    ...annexAChecks(ctx),
  ];
  const deductions: Deduction[] = [];
  const areas: AreaScore[] = AREAS.map((a) => {
    const max = areaMax(a);
    const mine = capped(
      max,
      raw.filter((d) => d.area === a.id),
    );
    deductions.push(...mine);
    const points = max - mine.reduce((s, d) => s + d.points, 0);
    return {
      id: a.id,
      name: a.name,
      max,
      points,
      score: Math.round((100 * points) / max),
      clauses: a.clauses,
    };
  });
  const blockers = blockersOf(findings);
  const stage1 = stageBlockers(blockers, 'stage1');
  const overall = areas.reduce((s, a) => s + a.points, 0);
  const nonconformant = ctx.clauses.filter((c) => c.status === 'Nonconformant').map((c) => c.id);
  // Workbooks none of whose parts could be read: said in the stage reasons, never a blocker.
  const unread = findings.filter((f) => f.rule === 'WB-NO-ISMS-TABLES').map((f) => f.workbook);
  const stages = decideStages(overall, areas, blockers, stage1, nonconformant, unread);
  const { verdict, reason } = decideVerdict(
    overall,
    areas,
    blockers,
    nonconformant,
    stage1,
    unread,
  );
  // Stage 1 is held to its own blockers; every later audit to all of them.
  const upcoming = nextAudit(workbooks, opts.asOf);
  const next =
    upcoming && nextAudit(workbooks, opts.asOf, upcoming.kind === 'stage-1' ? stage1 : blockers);
  return {
    asOf: opts.asOf,
    workbooks: workbooks.map((w) => w.name),
    overall,
    areas,
    deductions,
    blockers,
    verdict,
    verdictLabel: VERDICT_LABELS[verdict],
    verdictReason: reason,
    stages,
    thresholds: THRESHOLDS,
    nextAudit: next,
  };
}
