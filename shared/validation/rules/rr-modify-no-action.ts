/** RR-MODIFY-NO-ACTION: a risk to be modified with no action owner or no due date (6.1.3 e). */
import { firstPresent, makeFinding, whereOf } from '../make-finding';
import { riskLabel } from '../messages';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';

export const rrModifyNoAction = defineRule({
  id: 'RR-MODIFY-NO-ACTION',
  severity: 'minor',
  clause: '6.1.3 e)',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.risks ?? [])
      .filter((r) => r.treatmentOption === 'modify' && (!r.actionOwner || !r.dueDate))
      .map((r) => {
        const missing = [!r.actionOwner ? 'action owner' : '', !r.dueDate ? 'due date' : '']
          .filter(Boolean)
          .join(' and ');
        const key = firstPresent(r.ref, !r.actionOwner ? 'actionOwner' : 'dueDate');
        return makeFinding(
          'RR-MODIFY-NO-ACTION',
          whereOf(wb.name, r.ref, key),
          TREAT.modifyNoAction(riskLabel(r.id, r.ref.row), missing),
        );
      }),
});
