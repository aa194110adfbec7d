/** SOA-NO-EVIDENCE: a control marked Implemented with no evidence reference (7.5.1 b, 9.1). */
import { makeFinding, whereOf } from '../make-finding';
import { SOA } from '../messages';
import type { Rule } from '../rule';
import { soaControlLabel } from './soa-label';

export const soaNoEvidence: Rule = {
  id: 'SOA-NO-EVIDENCE',
  check: ({ wb }) =>
    (wb.soa ?? [])
      .filter((e) => e.applicable !== false && e.status === 'Implemented' && e.evidence === null)
      .map((e) =>
        makeFinding(
          'SOA-NO-EVIDENCE',
          whereOf(wb.name, e.ref, 'evidence'),
          SOA.noEvidence(soaControlLabel(e)),
        ),
      ),
};
