/**
 * RR-OVERDUE: the treatment due date is before `asOf` and the risk is not done. Closed, Treated
 * and Accepted (retained: no action pending) count as done.
 */
import type { Finding } from '../finding';
import { makeFinding, whereOf } from '../make-finding';
import { RR, riskLabel } from '../messages';
import type { Rule } from '../rule';

const DONE = new Set([
  'closed',
  'treated',
  'accepted',
  'done',
  'complete',
  'completed',
  'resolved',
  'retired',
]);

export function isRiskDone(status: string | null): boolean {
  return status !== null && DONE.has(status.trim().toLowerCase());
}

export const rrOverdue: Rule = {
  id: 'RR-OVERDUE',
  check: ({ wb, asOf }) => {
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      if (r.dueDate === null || r.dueDate >= asOf || isRiskDone(r.status)) continue;
      out.push(
        makeFinding(
          'RR-OVERDUE',
          whereOf(wb.name, r.ref, 'dueDate'),
          RR.overdue(riskLabel(r.id, r.ref.row), r.dueDate, r.status, asOf),
        ),
      );
    }
    return out;
  },
};
