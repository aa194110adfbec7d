/**
 * MR-ACTION-OVERDUE: a management review decision or action whose due date is before `asOf` and
 * whose status is not Done or Cancelled (9.3.3: the results of the review include decisions,
 * whose follow-up the next review checks, 9.3.2 a).
 */
import { makeFinding, whereOf } from '../make-finding';
import { MR } from '../messages-review';
import { defineRule } from '../rule';
import { isActionClosed } from '../../vocabulary/action-status';

export const mrActionOverdue = defineRule({
  id: 'MR-ACTION-OVERDUE',
  severity: 'observation',
  clause: '9.3.3',
  stage: 'stage2',
  check: ({ wb, asOf }) =>
    (wb.reviews ?? [])
      .filter((r) => r.decision && r.due !== null && r.due < asOf && !isActionClosed(r.status))
      .map((r) =>
        makeFinding(
          'MR-ACTION-OVERDUE',
          whereOf(wb.name, r.ref, 'due'),
          MR.actionOverdue(r.decision ?? '', r.meetingDate, r.due ?? '', r.status, asOf),
        ),
      ),
});
