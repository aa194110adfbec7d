/**
 * RR-ACCEPTANCE-BY: a residual risk accepted by someone who is neither its risk owner nor top
 * management (6.1.3 f: the risk owners approve the plan and accept the residual risks).
 */
import { isTopManagement, samePerson } from '../../vocabulary/top-management';
import { makeFinding, whereOf } from '../make-finding';
import { riskLabel } from '../messages';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';

export const rrAcceptanceBy = defineRule({
  id: 'RR-ACCEPTANCE-BY',
  severity: 'minor',
  clause: '6.1.3 f)',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.risks ?? [])
      .filter(
        (r) =>
          r.acceptedBy !== null &&
          r.owner !== null &&
          !samePerson(r.acceptedBy, r.owner) &&
          !isTopManagement(r.acceptedBy),
      )
      .map((r) =>
        makeFinding(
          'RR-ACCEPTANCE-BY',
          whereOf(wb.name, r.ref, 'acceptedBy'),
          TREAT.acceptanceBy(riskLabel(r.id, r.ref.row), r.acceptedBy ?? '', r.owner ?? ''),
        ),
      ),
});
