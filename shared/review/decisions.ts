/**
 * The decisions the meeting is asked to take (9.3.3: continual improvement and changes to the
 * ISMS, with the resources they need), derived from the pack's inputs in priority order:
 * certification blockers, unaccepted risks above the appetite, open major then minor
 * nonconformities, overdue review actions, objectives that cannot be evaluated or are off
 * track, the person-days of the control gaps, then opportunities for improvement.
 */
import type { ConsolidatedRisk } from '../cross/types';
import type { DecisionItem, NcItem, ObjectiveItem, ReviewItem } from './types';
import { gist, REVIEW } from './messages';

export type DecisionInputs = {
  readonly blockers: readonly { readonly reason: string; readonly ref: string }[];
  readonly unaccepted: readonly ConsolidatedRisk[];
  readonly threshold: number | null;
  readonly nonconformities: readonly NcItem[];
  readonly actions: readonly ReviewItem[];
  readonly objectives: readonly ObjectiveItem[];
  readonly gaps: { readonly count: number; readonly personDays: number };
  readonly opportunities: readonly NcItem[];
};

function objectiveWhy(o: ObjectiveItem): string | null {
  if (o.unmeasured) return REVIEW.objectiveUnmeasured;
  if (o.overdue && o.due) return REVIEW.objectiveOverdue(o.due);
  const s = (o.status ?? '').trim();
  return /^(at risk|missed)$/i.test(s) ? REVIEW.objectiveOff(s) : null;
}

export function proposeDecisions(d: DecisionInputs): DecisionItem[] {
  const out: DecisionItem[] = [];
  for (const b of d.blockers)
    out.push({ category: 'change', text: REVIEW.blocker(b.reason), ref: b.ref });
  if (d.threshold !== null)
    for (const r of d.unaccepted)
      out.push({
        category: 'risk',
        text: REVIEW.acceptRisk(r.id ?? `row ${r.row}`, r.residualScore ?? 0, d.threshold),
        ref: r.id,
      });
  const open = d.nonconformities.filter((n) => n.state === 'Open' || n.state === 'Overdue');
  for (const n of [...open].sort(
    (a, b) => (a.type === 'Major NC' ? -1 : 0) - (b.type === 'Major NC' ? -1 : 0),
  ))
    out.push({
      category: 'nonconformity',
      text: REVIEW.closeNc(n.id ?? '(no id)', n.type ?? 'nonconformity'),
      ref: n.id,
    });
  for (const a of d.actions.filter((x) => x.overdue))
    out.push({
      category: 'action',
      text: REVIEW.overdueAction(gist(a.decision ?? a.input, 60), a.due ?? ''),
      ref: null,
    });
  for (const o of d.objectives) {
    const why = objectiveWhy(o);
    if (why)
      out.push({
        category: 'objective',
        text: REVIEW.objective(o.id ?? gist(o.objective, 30), why),
        ref: o.id,
      });
  }
  if (d.gaps.count > 0)
    out.push({
      category: 'resources',
      text: REVIEW.resources(d.gaps.count, d.gaps.personDays),
      ref: null,
    });
  for (const f of d.opportunities.filter((x) => x.closed === null))
    out.push({
      category: 'improvement',
      text: REVIEW.improvement(f.id ?? '', gist(f.description, 70)),
      ref: f.id,
    });
  return out;
}
