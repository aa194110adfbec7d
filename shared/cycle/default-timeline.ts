/**
 * The default certification timeline from a project start date — what `isms template --start`
 * pre-plans. A default, not a rule: every date is an ordinary cell the user edits.
 *
 * Sources (docs/cycle.md): the phases gap analysis weeks 1–4, ISMS development 4–10,
 * implementation 10–18, internal audit and management review 18–20, Stage 1 21–22, Stage 2
 * 23–26, "risk assessment done week 8" and "scope defined week 4" (seed 000, "ISO 27001
 * Certification Process: Your Complete Roadmap"); the certificate valid three years from the
 * issue date, surveillance at 12 and 24 months, recertification at the end of the cycle (seed
 * 001, "ISO 27001 Certification: Step-by-Step Process"; seed 000: "before certificate
 * expiration").
 */
import { addDays, addMonths } from './calendar';
import { MILESTONES, type MilestoneKind } from './milestones';

/** Week n runs from day 7(n − 1) to day 7n − 1 after the start (week 1 starts on the start date). */
const endOfWeek = (start: string, week: number) => addDays(start, 7 * week - 1);
const startOfWeek = (start: string, week: number) => addDays(start, 7 * (week - 1));

/** Months after the certificate's issue date (seed 001: surveillance at 12 and 24 months, valid 3 years). */
export const AFTER_ISSUE_MONTHS: Readonly<Partial<Record<MilestoneKind, number>>> = {
  'surveillance-1': 12,
  'surveillance-2': 24,
  // Before expiry: planned three months ahead so the certification decision lands in time
  // (a product default; the sources say only "before certificate expiration").
  recertification: 33,
  'certificate-expiry': 36,
};

/** Planned date of each pre-certificate milestone, from the project start. */
function projectDates(start: string): Readonly<Partial<Record<MilestoneKind, string>>> {
  return {
    kickoff: start,
    'gap-analysis': endOfWeek(start, 4),
    'scope-approved': endOfWeek(start, 4),
    'risk-assessment': endOfWeek(start, 8),
    'controls-implemented': endOfWeek(start, 18),
    'internal-audit': endOfWeek(start, 20),
    'management-review': endOfWeek(start, 20),
    'stage-1': startOfWeek(start, 21),
    'stage-2': startOfWeek(start, 23),
    'certificate-issued': endOfWeek(start, 26),
  };
}

/** Dates that follow from the certificate's issue date (surveillance, recertification, expiry). */
export function datesAfterIssue(issued: string): Readonly<Partial<Record<MilestoneKind, string>>> {
  const out: Partial<Record<MilestoneKind, string>> = {};
  for (const [kind, months] of Object.entries(AFTER_ISSUE_MONTHS))
    out[kind as MilestoneKind] = addMonths(issued, months as number);
  return out;
}

export type PlannedMilestone = {
  readonly kind: MilestoneKind;
  readonly name: string;
  readonly planned: string;
};

/**
 * Every milestone with its default planned date.
 *
 * @example defaultTimeline('2026-01-05')[7] // { kind: 'stage-1', name: 'Stage 1 audit', planned: '2026-05-25' }
 */
export function defaultTimeline(start: string): PlannedMilestone[] {
  const project = projectDates(start);
  const after = datesAfterIssue(project['certificate-issued'] as string);
  return MILESTONES.map((m) => ({
    kind: m.kind,
    name: m.name,
    planned: (project[m.kind] ?? after[m.kind]) as string,
  }));
}

const NOTE: Readonly<Partial<Record<MilestoneKind, string>>> = {
  'stage-1': 'Documentation review by the certification body',
  'stage-2': 'Implementation audit; 2–8 weeks after Stage 1',
  'certificate-issued': 'Valid three years from the issue date',
  'certificate-expiry': '36 months after the issue date',
  'surveillance-1': '12 months after the issue date',
  'surveillance-2': '24 months after the issue date',
  recertification: 'Before the certificate expires',
};

/** tblCertification rows (keyed by header) of the default timeline, for the template writer. */
export function certificationRows(start: string): Record<string, string>[] {
  return defaultTimeline(start).map((m) => ({
    Milestone: m.name,
    'Planned Date': m.planned,
    Status: 'Planned',
    ...(NOTE[m.kind] ? { Notes: NOTE[m.kind] as string } : {}),
  }));
}
