/**
 * Roadmap items beyond the Annex A gaps: certification blockers (no internal audit, no
 * management review in the last 12 months …), open nonconformities, controls the SoA excludes
 * although a risk's treatment relies on them, and clause gaps. Clause work days come from
 * CLAUSE_DAYS (or tblEffort); an open major NC is 5 days of corrective action, a minor 2, an
 * SoA decision on an excluded control 1.
 */
import type { ClauseRow, RiskSeverity, RoadmapItem } from './types';
import type { MergedControl } from './merge-soa';
import type { ConsolidatedRisk } from '../cross/types';
import type { OpenAuditFinding } from './types';
import type { EffortOverrides } from './effort-overrides';
import { controlIdsOf } from '../cross/risk-controls';
import { CLAUSE_DAYS, DEFAULT_CLAUSE_DAYS } from './effort-calibration';
import { classOfDays } from './calibrated-effort';
import { GAP_TEXT } from './messages';

export type Draft = Omit<RoadmapItem, 'order' | 'start' | 'finish' | 'lateForAudit'>;

const NONE: RiskSeverity = { rating: null, score: null, color: null, rank: -1 };

function draft(
  d: Partial<Draft> & Pick<Draft, 'phase' | 'kind' | 'ref' | 'action' | 'title' | 'personDays'>,
): Draft {
  return {
    controlId: null,
    theme: null,
    owner: null,
    status: null,
    worstResidual: NONE,
    linkedRiskCount: 0,
    linkedRisks: [],
    due: null,
    effort: classOfDays(d.personDays),
    ...d,
  };
}

export function clauseDays(id: string, status: ClauseRow['status'], o: EffortOverrides): number {
  const full = o.clauses[id] ?? CLAUSE_DAYS[id] ?? DEFAULT_CLAUSE_DAYS;
  return status === 'Nonconformant' ? full : status === 'Partial' ? Math.ceil(full / 2) : 1;
}

export function blockerItem(b: { reason: string; ref: string }, days: number): Draft {
  return draft({
    phase: 1,
    kind: 'blocker',
    ref: b.ref,
    action: b.reason,
    title: GAP_TEXT.blockerTitle(b.ref),
    personDays: days,
  });
}

export function ncItems(open: readonly OpenAuditFinding[]): Draft[] {
  return open
    .filter((f) => f.type === 'Major NC' || f.type === 'Minor NC')
    .map((f) =>
      draft({
        phase: f.type === 'Major NC' ? 1 : 2,
        kind: 'nonconformity',
        ref: f.id ?? `row ${f.location.row}`,
        action: GAP_TEXT.closeNc(f.reference),
        title: f.description ?? '',
        owner: f.owner,
        status: f.type,
        due: f.due,
        personDays: f.type === 'Major NC' ? 5 : 2,
      }),
    );
}

export function excludedItems(
  merged: readonly MergedControl[],
  risks: readonly ConsolidatedRisk[],
): Draft[] {
  return merged
    .filter((m) => m.applicable === false)
    .map((m) => ({
      m,
      ids: risks
        .filter((r) => controlIdsOf(r.controls).includes(m.control.id))
        .map((r) => r.id ?? `row ${r.row}`),
    }))
    .filter((x) => x.ids.length > 0)
    .map(({ m, ids }) =>
      draft({
        phase: 1,
        kind: 'excluded-control',
        ref: `A.${m.control.id}`,
        controlId: m.control.id,
        theme: m.control.theme,
        action: GAP_TEXT.excluded(m.control.id, ids),
        title: m.control.title,
        owner: m.owner,
        status: 'Excluded',
        linkedRisks: [...new Set(ids)],
        linkedRiskCount: new Set(ids).size,
        personDays: 1,
      }),
    );
}

export function clauseItems(
  clauses: readonly ClauseRow[],
  skip: readonly string[],
  o: EffortOverrides,
): Draft[] {
  return clauses
    .filter(
      (c) => c.status !== 'Conformant' && !skip.some((p) => c.id === p || c.id.startsWith(`${p}.`)),
    )
    .map((c) =>
      draft({
        phase: c.status === 'Nonconformant' ? 1 : 2,
        kind: 'clause',
        ref: `Clause ${c.id}`,
        action: GAP_TEXT.clause(c.id, c.status),
        title: c.title,
        owner: c.owner,
        status: c.status,
        personDays: clauseDays(c.id, c.status, o),
      }),
    );
}
