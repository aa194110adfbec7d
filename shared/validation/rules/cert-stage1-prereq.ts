/**
 * CERT-STAGE1-PREREQ: the internal audit (9.2) or the management review (9.3) is not completed
 * before the planned Stage 1 audit — completed on or after it, planned after it, skipped, or
 * still open once Stage 1 is due (`asOf`). Only the first workbook's cycle row of each kind counts.
 */
import { cyclePlan, whenOf, type PlanEntry } from '../../cycle/cycle-plan';
import type { Finding } from '../finding';
import { makeFinding, whereOf } from '../make-finding';
import { CERT } from '../messages-cycle';
import { defineRule } from '../rule';

const PREREQS = [
  ['internal-audit', 'internal audit'],
  ['management-review', 'management review'],
] as const;

function at(entry: PlanEntry, key: string, message: string): Finding {
  return makeFinding('CERT-STAGE1-PREREQ', whereOf(entry.workbook, entry.row.ref, key), message);
}

function prereqFinding(
  what: string,
  e: PlanEntry | undefined,
  s1: PlanEntry,
  asOf: string,
): Finding | null {
  const stage1 = whenOf(s1) as string;
  if (!e) return asOf >= stage1 ? at(s1, 'planned', CERT.prereqOpen(what, stage1, asOf)) : null;
  if (e.skipped) return at(e, 'status', CERT.prereqSkipped(what, stage1));
  const done = e.row.actual;
  if (done !== null)
    return done >= stage1 ? at(e, 'actual', CERT.prereqLate(what, done, stage1)) : null;
  if (e.done) return null;
  if (e.date !== null && e.date >= stage1)
    return at(e, 'planned', CERT.prereqPlannedLate(what, e.date, stage1));
  return asOf >= stage1 ? at(e, 'actual', CERT.prereqOpen(what, stage1, asOf)) : null;
}

export const certStage1Prereq = defineRule({
  id: 'CERT-STAGE1-PREREQ',
  severity: 'major',
  clause: '9.2, 9.3',
  stage: 'stage1',
  check: ({ wb, asOf }) => {
    const plan = cyclePlan([wb]);
    const s1 = plan.get('stage-1');
    if (!s1 || s1.skipped || whenOf(s1) === null) return [];
    const out: Finding[] = [];
    for (const [kind, what] of PREREQS) {
      const f = prereqFinding(what, plan.get(kind), s1, asOf);
      if (f) out.push(f);
    }
    return out;
  },
});
