/** NC-DUE-LONG: a minor NC whose corrective action is due more than 90 days after it was raised (10.2 c). */
import { makeFinding, whereOf } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineRule } from '../rule';
import { daysBetween } from './dates';
import { ncLabel, ncsOf } from './nc';

const MAX_DAYS = 90;

export const ncDueLong = defineRule({
  id: 'NC-DUE-LONG',
  severity: 'observation',
  clause: '10.2 c)',
  stage: 'stage1',
  check: ({ wb }) =>
    ncsOf(wb)
      .filter(
        (f) =>
          f.type === 'Minor NC' &&
          f.raised !== null &&
          f.due !== null &&
          daysBetween(f.raised, f.due) > MAX_DAYS,
      )
      .map((f) =>
        makeFinding(
          'NC-DUE-LONG',
          whereOf(wb.name, f.ref, 'due'),
          RECORDS.ncDueLong(ncLabel(f), daysBetween(f.raised ?? '', f.due ?? '')),
        ),
      ),
});
