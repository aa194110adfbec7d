/**
 * NC-MAJOR-OPEN: a major NC that is managed (corrective action and due date recorded) but not yet
 * closed and verified. Expected at Stage 1; certification (Stage 2) needs it closed and verified.
 */
import { makeFinding, whereOf } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineRule } from '../rule';
import { ncLabel, ncsOf } from './nc';
import { isUnmanaged } from './nc-major-unmanaged';

export const ncMajorOpen = defineRule({
  id: 'NC-MAJOR-OPEN',
  severity: 'major',
  clause: '10.2',
  stage: 'stage2',
  check: ({ wb }) =>
    ncsOf(wb)
      .filter(
        (f) =>
          f.type === 'Major NC' &&
          !isUnmanaged(f) &&
          (f.closed === null || f.effectivenessVerified !== true),
      )
      .map((f) =>
        makeFinding(
          'NC-MAJOR-OPEN',
          whereOf(wb.name, f.ref, 'id'),
          RECORDS.ncMajorOpen(ncLabel(f), f.closed !== null),
        ),
      ),
});
