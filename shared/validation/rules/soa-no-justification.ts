/** SOA-NO-JUSTIFICATION: an inclusion or exclusion without justification (6.1.3 d). */
import { makeFinding, whereOf } from '../make-finding';
import { SOA } from '../messages';
import type { Rule } from '../rule';
import { soaControlLabel } from './soa-label';

export const soaNoJustification: Rule = {
  id: 'SOA-NO-JUSTIFICATION',
  check: ({ wb }) =>
    (wb.soa ?? [])
      .filter((e) => e.applicable !== null && e.justification === null)
      .map((e) =>
        makeFinding(
          'SOA-NO-JUSTIFICATION',
          whereOf(wb.name, e.ref, 'justification'),
          SOA.noJustification(soaControlLabel(e), e.applicable === true),
        ),
      ),
};
