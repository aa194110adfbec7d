/**
 * The risk treatment plan of a set of workbooks: every risk whose residual (inherent when none is
 * recorded) is above the acceptance threshold, or whose treatment is "modify", with its controls
 * and their SoA status, actions, action owner, due date, status, residual risk and the risk
 * owner's approval. Overdue uses the gap report's definition (shared/gaps/risk-progress); an
 * action without an owner is "unowned" (6.1.3 e: who is responsible).
 */
import type { IsmsWorkbook, Risk } from '../model/types';
import type { ConsolidatedRisk } from '../cross/types';
import type { MergedControl } from '../gaps/merge-soa';
import type { PlannedControl, TreatmentPlan, TreatmentRow } from './types';
import { consolidate } from '../cross/consolidate';
import { hasSoa, mergeSoa } from '../gaps/merge-soa';
import { isOverdue } from '../gaps/risk-progress';
import { sourceCell } from '../cross/source-cell';
import { parseControlRef } from '../catalog/find-control';

function plannedControl(ref: string, byId: ReadonlyMap<string, MergedControl>): PlannedControl {
  const parsed = parseControlRef(ref);
  const control = parsed.kind === '2022' ? parsed.control : null;
  const m = control ? byId.get(control.id) : undefined;
  return {
    id: control?.id ?? ref,
    title: control?.title ?? null,
    applicable: m?.applicable ?? null,
    status: m?.applicable ? m.status : null,
  };
}

function rowOf(
  wb: string,
  risk: Risk,
  c: ConsolidatedRisk | undefined,
  threshold: number | null,
  byId: ReadonlyMap<string, MergedControl>,
  asOf: string,
): TreatmentRow {
  const residual = c?.residualScore ?? null;
  return {
    workbook: wb,
    riskId: risk.id ?? `row ${risk.ref.row}`,
    description: risk.description ?? risk.threat,
    riskOwner: risk.owner,
    treatment: risk.treatmentOption ?? risk.treatment,
    inherentScore: c?.inherentScore ?? null,
    inherentRating: c?.inherentRating ?? null,
    controls: risk.controls.map((ref) => plannedControl(ref, byId)),
    actions: risk.treatmentPlan,
    actionOwner: risk.actionOwner,
    due: risk.dueDate,
    status: risk.status,
    residualScore: residual,
    residualRating: c?.residualRating ?? null,
    residualColor: c?.residualColor ?? null,
    aboveThreshold: threshold !== null && residual !== null && residual > threshold,
    approvedBy: risk.acceptedBy,
    approvalDate: risk.acceptanceDate,
    overdue: isOverdue(risk, asOf),
    unowned: risk.actionOwner === null,
    location: {
      workbook: wb,
      sheet: risk.ref.sheet,
      cell: sourceCell(risk.ref, 'id'),
      row: risk.ref.row,
    },
  };
}

/** @example buildTreatmentPlan([wb], { asOf: '2025-06-30' }).rows[0].riskId */
export function buildTreatmentPlan(
  workbooks: readonly IsmsWorkbook[],
  opts: { asOf: string },
): TreatmentPlan {
  const view = consolidate(workbooks);
  const threshold = view.methodology?.acceptanceThreshold ?? null;
  const byKey = new Map(view.risks.map((r) => [`${r.workbook}\u0000${r.sheet}\u0000${r.row}`, r]));
  const merged = hasSoa(workbooks) ? mergeSoa(workbooks) : [];
  const byId = new Map(merged.map((m) => [m.control.id, m]));
  const risks = workbooks.flatMap((wb) => (wb.risks ?? []).map((risk) => ({ wb: wb.name, risk })));
  const all = risks.map(({ wb, risk }) =>
    rowOf(
      wb,
      risk,
      byKey.get(`${wb}\u0000${risk.ref.sheet}\u0000${risk.ref.row}`),
      threshold,
      byId,
      opts.asOf,
    ),
  );
  const rows = all.filter((r, i) => r.aboveThreshold || risks[i].risk.treatmentOption === 'modify');
  return {
    asOf: opts.asOf,
    workbooks: workbooks.map((w) => w.name),
    acceptanceThreshold: threshold,
    rows,
    summary: {
      risks: all.length,
      inPlan: rows.length,
      aboveThreshold: rows.filter((r) => r.aboveThreshold).length,
      overdue: rows.filter((r) => r.overdue).length,
      unowned: rows.filter((r) => r.unowned).length,
      unapproved: rows.filter((r) => r.aboveThreshold && (!r.approvedBy || !r.approvalDate)).length,
    },
  };
}
