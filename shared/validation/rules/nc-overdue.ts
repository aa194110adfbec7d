/** NC-OVERDUE: an open nonconformity past its corrective action due date (10.2 c; one "overdue"). */
import { isActionOverdue } from '../../vocabulary/overdue';
import { makeFinding, whereOf } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineRule } from '../rule';
import { ncLabel, ncsOf } from './nc';

export const ncOverdue = defineRule({
  id: 'NC-OVERDUE',
  severity: 'minor',
  clause: '10.2 c)',
  stage: 'stage2',
  check: ({ wb, asOf }) =>
    ncsOf(wb)
      .filter((f) => isActionOverdue(f, asOf))
      .map((f) =>
        makeFinding(
          'NC-OVERDUE',
          whereOf(wb.name, f.ref, 'due'),
          RECORDS.ncOverdue(ncLabel(f), f.due ?? '', asOf),
        ),
      ),
});
