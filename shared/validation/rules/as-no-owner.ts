/** AS-NO-OWNER: an inventoried asset without an owner (Annex A 5.9). */
import { makeFinding, whereOf } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineRule } from '../rule';

export const asNoOwner = defineRule({
  id: 'AS-NO-OWNER',
  severity: 'minor',
  clause: 'A.5.9',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.assets ?? [])
      .filter((a) => (a.id !== null || a.name !== null) && a.owner === null)
      .map((a) =>
        makeFinding(
          'AS-NO-OWNER',
          whereOf(wb.name, a.ref, 'owner'),
          RECORDS.assetNoOwner(a.id ?? a.name ?? `in row ${a.ref.row}`),
        ),
      ),
});
