/** SOA-TITLE-MISMATCH: the title clearly names another Annex A control than the row's id. */
import { getControl } from '../../catalog/find-control';
import { titleNamesOtherControl } from '../../soa/title-match';
import type { Finding } from '../finding';
import { makeFinding, whereOf } from '../make-finding';
import { SOA, controlName } from '../messages';
import type { Rule } from '../rule';

export const soaTitleMismatch: Rule = {
  id: 'SOA-TITLE-MISMATCH',
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
};
