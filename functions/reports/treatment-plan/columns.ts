/** The treatment plan's columns and cell texts, shared by its HTML and xlsx writers. */
import type { PlannedControl, TreatmentPlan, TreatmentRow } from '../../../shared/treatment';

export function controlText(c: PlannedControl): string {
  const id = /^\d+\.\d+$/.test(c.id) ? `A.${c.id}` : c.id;
  const state =
    c.applicable === false
      ? 'excluded in the SoA'
      : c.applicable === null
        ? 'not in the SoA'
        : (c.status ?? 'no status');
  return `${id} (${state})`;
}

export function approvalText(r: TreatmentRow): string {
  if (r.approvedBy && r.approvalDate) return `${r.approvedBy}, ${r.approvalDate}`;
  if (r.approvedBy) return `${r.approvedBy} (no date)`;
  return r.aboveThreshold ? 'Not approved' : 'Not required';
}

export function flagsText(r: TreatmentRow): string {
  return [r.overdue ? 'Overdue' : '', r.unowned ? 'No action owner' : '']
    .filter(Boolean)
    .join('; ');
}

export const TREATMENT_COLUMNS = [
  { header: 'Workbook', width: 12 },
  { header: 'Risk', width: 7 },
  { header: 'Description', width: 26 },
  { header: 'Risk Owner', width: 12 },
  { header: 'Treatment', width: 9 },
  { header: 'Inherent', width: 8 },
  { header: 'Controls (SoA status)', width: 26 },
  { header: 'Actions', width: 26 },
  { header: 'Action Owner', width: 12 },
  { header: 'Due', width: 10 },
  { header: 'Status', width: 11 },
  { header: 'Residual', width: 8 },
  { header: 'Residual Rating', width: 10 },
  { header: 'Risk-owner Approval', width: 16 },
  { header: 'Flags', width: 14 },
] as const;

export function treatmentCells(r: TreatmentRow): (string | number | null)[] {
  return [
    r.workbook,
    r.riskId,
    r.description,
    r.riskOwner,
    r.treatment,
    r.inherentScore,
    r.controls.map(controlText).join(', ') || null,
    r.actions,
    r.actionOwner,
    r.due,
    r.status,
    r.residualScore,
    r.residualRating,
    approvalText(r),
    flagsText(r) || null,
  ];
}

export function planSubtitle(p: TreatmentPlan): string {
  const t =
    p.acceptanceThreshold === null
      ? 'no acceptance threshold documented'
      : `acceptance threshold ${p.acceptanceThreshold}`;
  return (
    `As of ${p.asOf} · ${p.workbooks.join(', ')} · ${t} · ${p.summary.inPlan} of ${p.summary.risks} risk(s) in the plan, ` +
    `${p.summary.overdue} overdue, ${p.summary.unowned} without an action owner, ${p.summary.unapproved} awaiting approval`
  );
}
