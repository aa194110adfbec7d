/** SOA-NO-EVIDENCE: a control marked Implemented with no evidence reference (7.5.1 b, 9.1). */
import { makeFinding, whereOf } from '../make-finding';
import { SOA } from '../messages';
import { defineRule } from '../rule';
import { soaControlLabel } from './soa-label';

export const soaNoEvidence = defineRule({
  id: 'SOA-NO-EVIDENCE',
  severity: 'observation',
  clause: '7.5.1 b), 9.1',
  stage: 'stage2',
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
});
