/** SOA-TITLE-MISMATCH: the title clearly names another Annex A control than the row's id. */
import { getControl } from '../../catalog/find-control';
import { titleNamesOtherControl } from '../../soa/title-match';
import type { Finding } from '../../findings/finding';
import { makeFinding, whereOf } from '../make-finding';
import { SOA, controlName } from '../messages';
import { defineRule } from '../rule';

export const soaTitleMismatch = defineRule({
  id: 'SOA-TITLE-MISMATCH',
  severity: 'minor',
  clause: '6.1.3 d)',
  stage: 'stage1',
  check: ({ wb }) => {
    const out: Finding[] = [];
    for (const e of wb.soa ?? []) {
      const own = e.controlId ? getControl(e.controlId) : undefined;
      if (!own || e.title === null) continue;
      const other = titleNamesOtherControl(e.title, own.id);
      if (!other) continue;
      out.push(
        makeFinding(
          'SOA-TITLE-MISMATCH',
          whereOf(wb.name, e.ref, 'title'),
          SOA.titleMismatch(own.id, e.title, controlName(other), own.title),
        ),
      );
    }
    return out;
  },
});
