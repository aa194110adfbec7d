/**
 * RR-OVERDUE: the treatment due date is before `asOf` and the risk is not done (the one
 * definition of "overdue": shared/vocabulary/overdue.ts).
 */
import type { Finding } from '../../findings/finding';
import { isTreatmentOverdue } from '../../vocabulary/overdue';
import { makeFinding, whereOf } from '../make-finding';
import { RR, riskLabel } from '../messages';
import { defineRule } from '../rule';

export { isRiskDone } from '../../vocabulary/overdue';

export const rrOverdue = defineRule({
  id: 'RR-OVERDUE',
  severity: 'observation',
  clause: '6.1.3 e), 8.3',
  stage: 'stage2',
  check: ({ wb, asOf }) => {
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      if (!isTreatmentOverdue(r, asOf) || r.dueDate === null) continue;
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
});
