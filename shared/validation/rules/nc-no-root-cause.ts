/** NC-NO-ROOT-CAUSE: a nonconformity without a recorded root cause (10.2 b). */
import { makeFinding, whereOf } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineRule } from '../rule';
import { ncLabel, ncsOf } from './nc';

export const ncNoRootCause = defineRule({
  id: 'NC-NO-ROOT-CAUSE',
  severity: 'minor',
  clause: '10.2 b)',
  stage: 'stage1',
  check: ({ wb }) =>
    ncsOf(wb)
      .filter((f) => f.rootCause === null)
      .map((f) =>
        makeFinding(
          'NC-NO-ROOT-CAUSE',
          whereOf(wb.name, f.ref, 'rootCause'),
          RECORDS.ncNoRootCause(ncLabel(f)),
        ),
      ),
});
