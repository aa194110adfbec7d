/**
 * NC-MAJOR-UNMANAGED: an open major NC with no corrective action or no due date — not being
 * managed, which blocks even Stage 1 (10.2 a, c).
 */
import type { AuditFinding } from '../../model/types';
import { makeFinding, whereOf } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineRule } from '../rule';
import { ncLabel, ncsOf } from './nc';

export function isUnmanaged(f: AuditFinding): boolean {
  return f.closed === null && (f.correctiveAction === null || f.due === null);
}

export const ncMajorUnmanaged = defineRule({
  id: 'NC-MAJOR-UNMANAGED',
  severity: 'major',
  clause: '10.2 a), c)',
  stage: 'stage1',
  check: ({ wb }) =>
    ncsOf(wb)
      .filter((f) => f.type === 'Major NC' && isUnmanaged(f))
      .map((f) => {
        const missing = [
          f.correctiveAction === null ? 'corrective action' : '',
          f.due === null ? 'due date' : '',
        ]
          .filter(Boolean)
          .join(' and ');
        const key = f.correctiveAction === null ? 'correctiveAction' : 'due';
        return makeFinding(
          'NC-MAJOR-UNMANAGED',
          whereOf(wb.name, f.ref, key),
          RECORDS.ncMajorUnmanaged(ncLabel(f), missing),
        );
      }),
});
