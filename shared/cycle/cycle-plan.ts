/**
 * The certification cycle as the workbooks record it: each tblCertification row recognised as a
 * cycle milestone, with its effective date. After "certificate issued", surveillance, expiry and
 * recertification follow from the issue date (actual, else planned) unless the user set them: a
 * blank planned date, or the date the default timeline derived from the planned issue date, counts
 * as not set.
 */
import type { IsmsWorkbook, Milestone } from '../model/types';
import { datesAfterIssue } from './default-timeline';
import { isMilestoneDone, isMilestoneSkipped, type MilestoneKind } from './milestones';
import { recogniseMilestone } from './recognise-milestone';

export type PlanEntry = {
  readonly kind: MilestoneKind;
  readonly workbook: string;
  readonly row: Milestone;
  /** The date the milestone is (or was) due: planned, or derived from the issue date. */
  readonly date: string | null;
  /** True when `date` was derived from the certificate's issue date. */
  readonly derived: boolean;
  readonly done: boolean;
  readonly skipped: boolean;
};

export type CyclePlan = ReadonlyMap<MilestoneKind, PlanEntry>;

/** Every recognised milestone of the set; the first row of each kind wins. */
export function cyclePlan(workbooks: readonly IsmsWorkbook[]): CyclePlan {
  const raw = new Map<MilestoneKind, { workbook: string; row: Milestone }>();
  for (const wb of workbooks) {
    for (const row of wb.certification ?? []) {
      let kind = recogniseMilestone(row.milestone);
      if (kind === 'surveillance-1' && raw.has(kind) && !raw.has('surveillance-2'))
        kind = 'surveillance-2';
      if (kind !== null && !raw.has(kind)) raw.set(kind, { workbook: wb.name, row });
    }
  }
  const issue = raw.get('certificate-issued')?.row;
  const fromActual = issue?.actual ? datesAfterIssue(issue.actual) : null;
  const fromPlanned = issue?.planned ? datesAfterIssue(issue.planned) : null;
  const plan = new Map<MilestoneKind, PlanEntry>();
  for (const [kind, { workbook, row }] of raw) {
    const defaultFromPlan = fromPlanned?.[kind];
    const follows = fromActual?.[kind] !== undefined || defaultFromPlan !== undefined;
    const userSet = row.planned !== null && row.planned !== defaultFromPlan;
    const derivedDate = fromActual?.[kind] ?? defaultFromPlan ?? null;
    const derived = follows && !userSet && derivedDate !== row.planned;
    plan.set(kind, {
      kind,
      workbook,
      row,
      date: derived ? derivedDate : row.planned,
      derived,
      done: isMilestoneDone(row.status, row.actual),
      skipped: isMilestoneSkipped(row.status),
    });
  }
  return plan;
}

/** When the milestone took place, else when it is due. */
export function whenOf(e: PlanEntry | undefined): string | null {
  return e ? (e.row.actual ?? e.date) : null;
}
