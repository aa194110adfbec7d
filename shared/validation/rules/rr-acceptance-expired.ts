/** RR-ACCEPTANCE-EXPIRED: a risk acceptance more than 12 months old (6.1.3 f, reviewed at 8.2). */
import { makeFinding, whereOf } from '../make-finding';
import { riskLabel } from '../messages';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';
import { daysBefore, STALE_DAYS } from './dates';

export const rrAcceptanceExpired = defineRule({
  id: 'RR-ACCEPTANCE-EXPIRED',
  severity: 'observation',
  clause: '6.1.3 f), 8.2',
  stage: 'stage2',
  check: ({ wb, asOf }) => {
    const since = daysBefore(asOf, STALE_DAYS);
    return (wb.risks ?? [])
      .filter((r) => r.acceptedBy !== null && r.acceptanceDate !== null && r.acceptanceDate < since)
      .map((r) =>
        makeFinding(
          'RR-ACCEPTANCE-EXPIRED',
          whereOf(wb.name, r.ref, 'acceptanceDate'),
          TREAT.acceptanceExpired(riskLabel(r.id, r.ref.row), r.acceptanceDate ?? '', since),
        ),
      );
  },
});
