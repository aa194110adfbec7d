/**
 * The words the diff outputs (text, HTML, xlsx, the task pane) use for areas, fields and one
 * change, so every surface says the same thing.
 */
import { AREAS as READINESS_AREAS } from '../readiness/areas';
import type { ChangeArea, ChangeItem } from './change-item';

const READINESS_SUBJECT: Readonly<Record<string, string>> = {
  overall: 'Readiness score',
  verdict: 'Verdict',
  blockers: 'Blockers',
  ...Object.fromEntries(READINESS_AREAS.map((a) => [a.id, `${a.name} score`])),
};

/** The areas in the order every output lists them. */
export const AREAS: readonly ChangeArea[] = [
  'methodology',
  'risk',
  'soa',
  'clause',
  'finding',
  'document',
  'objective',
  'readiness',
];

export const AREA_TITLES: Readonly<Record<ChangeArea, string>> = {
  methodology: 'Risk methodology (6.1.2)',
  risk: 'Risks (6.1.2, 6.1.3, 8.2, 8.3)',
  soa: 'Statement of Applicability (6.1.3 d)',
  clause: 'Clauses 4–10',
  finding: 'Audit findings (9.2, 10.2)',
  document: 'Documented information (7.5)',
  objective: 'Objectives (6.2)',
  readiness: 'Certification readiness',
};

const NOUN: Readonly<Record<ChangeArea, string>> = {
  methodology: 'Methodology',
  risk: 'Risk',
  soa: 'Control',
  clause: 'Clause',
  finding: 'Finding',
  document: 'Document',
  objective: 'Objective',
  readiness: 'Readiness',
};

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  inherentScore: 'inherent score',
  residualScore: 'residual score',
  treatment: 'treatment',
  status: 'status',
  owner: 'owner',
  actionOwner: 'action owner',
  acceptance: 'acceptance',
  applicable: 'applicable',
  evidence: 'evidence',
  closed: 'closed',
  effectivenessVerified: 'effectiveness verified',
  correctiveAction: 'corrective action',
  version: 'version',
  approvalDate: 'approval date',
  actual: 'actual',
  likelihood: 'likelihood scale',
  impact: 'impact scale',
  formula: 'score formula',
  bands: 'rating bands',
  acceptanceThreshold: 'acceptance threshold',
  score: 'score',
  verdict: 'verdict',
  count: 'blockers',
};

/** `Risk R-7`, `Control A.5.1`, `Readiness score`, `Risk assessment score`. */
export function subjectOf(c: ChangeItem): string {
  if (c.area === 'methodology') return NOUN.methodology;
  if (c.area === 'readiness') return READINESS_SUBJECT[c.id] ?? `Readiness ${c.id}`;
  return `${NOUN[c.area]} ${c.id}`;
}

export function fieldLabel(field: string | null): string {
  return field === null ? '' : (FIELD_LABELS[field] ?? field);
}

/** `Risk R-7 added`, `Finding F-2 opened`, `Control A.8.8: status Planned → Implemented`. */
export function describeChange(c: ChangeItem): string {
  if (c.kind === 'added') return `${subjectOf(c)} ${c.area === 'finding' ? 'opened' : 'added'}`;
  if (c.kind === 'removed') return `${subjectOf(c)} removed`;
  if (c.area === 'readiness') return `${subjectOf(c)}: ${c.before ?? '—'} → ${c.after ?? '—'}`;
  return `${subjectOf(c)}: ${fieldLabel(c.field)} ${c.before ?? '(blank)'} → ${c.after ?? '(blank)'}`;
}

/** The items grouped by area, in `order`, leaving out empty groups. */
export function groupChanges(
  items: readonly ChangeItem[],
  order: readonly ChangeArea[],
): { readonly area: ChangeArea; readonly title: string; readonly items: readonly ChangeItem[] }[] {
  return order
    .map((area) => ({
      area,
      title: AREA_TITLES[area],
      items: items.filter((i) => i.area === area),
    }))
    .filter((g) => g.items.length > 0);
}
