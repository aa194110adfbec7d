/**
 * SOA-NO-JUSTIFICATION: an inclusion or exclusion without justification, or with a placeholder
 * ("N/A", "TBD", "-", "see above") that gives no reason (6.1.3 d). Systemic (escalated to major)
 * when most decisions lack one.
 */
import { isPlaceholder } from '../../vocabulary/placeholder';
import { makeFinding, whereOf } from '../make-finding';
import { SOA } from '../messages';
import { defineRule } from '../rule';
import { soaControlLabel } from './soa-label';

export const soaNoJustification = defineRule({
  id: 'SOA-NO-JUSTIFICATION',
  severity: 'minor',
  clause: '6.1.3 d)',
  stage: 'stage1',
  escalation: {
    min: 10,
    share: 0.5,
    of: 'applicability decisions',
    population: ({ wb }) => (wb.soa ?? []).filter((e) => e.applicable !== null).length,
  },
  check: ({ wb }) =>
    (wb.soa ?? [])
      .filter(
        (e) =>
          e.applicable !== null && (e.justification === null || isPlaceholder(e.justification)),
      )
      .map((e) =>
        makeFinding(
          'SOA-NO-JUSTIFICATION',
          whereOf(wb.name, e.ref, 'justification'),
          SOA.noJustification(soaControlLabel(e), e.applicable === true, e.justification),
        ),
      ),
});
