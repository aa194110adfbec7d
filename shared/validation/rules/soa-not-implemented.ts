/**
 * SOA-NOT-IMPLEMENTED: an applicable control Planned or Not implemented. One is an observation
 * (Stage 1 expects a plan, not a finished ISMS); when more than a fifth of the applicable controls
 * are not in operation the implementation has not happened — a major finding, blocking Stage 2.
 */
import { makeFinding, whereOf } from '../make-finding';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';
import { soaControlLabel } from './soa-label';

export const soaNotImplemented = defineRule({
  id: 'SOA-NOT-IMPLEMENTED',
  severity: 'observation',
  clause: '6.1.3 d), 8.3',
  stage: 'stage2',
  escalation: {
    min: 5,
    share: 0.2,
    of: 'applicable controls',
    population: ({ wb }) => (wb.soa ?? []).filter((e) => e.applicable === true).length,
  },
  check: ({ wb }) =>
    (wb.soa ?? [])
      .filter(
        (e) => e.applicable === true && (e.status === 'Planned' || e.status === 'Not implemented'),
      )
      .map((e) =>
        makeFinding(
          'SOA-NOT-IMPLEMENTED',
          whereOf(wb.name, e.ref, 'status'),
          TREAT.notImplemented(soaControlLabel(e), e.status ?? ''),
        ),
      ),
});
