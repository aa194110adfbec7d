/** NC-NOT-VERIFIED: a minor NC closed without verified effectiveness (10.2 d); majors: NC-MAJOR-OPEN. */
import { makeFinding, whereOf } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineRule } from '../rule';
import { ncLabel, ncsOf } from './nc';

export const ncNotVerified = defineRule({
  id: 'NC-NOT-VERIFIED',
  severity: 'minor',
  clause: '10.2 d)',
  stage: 'stage2',
  check: ({ wb }) =>
    ncsOf(wb)
      .filter((f) => f.type === 'Minor NC' && f.closed !== null && f.effectivenessVerified !== true)
      .map((f) =>
        makeFinding(
          'NC-NOT-VERIFIED',
          whereOf(wb.name, f.ref, 'effectivenessVerified'),
          RECORDS.ncNotVerified(ncLabel(f)),
        ),
      ),
});
