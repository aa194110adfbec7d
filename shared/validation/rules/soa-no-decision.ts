/** SOA-NO-DECISION: Applicable is blank or neither Yes nor No (inclusion undecided, 6.1.3 d). */
import { asText } from '../../grid/cell';
import { makeFinding, whereOf } from '../make-finding';
import { SOA } from '../messages';
import { defineRule } from '../rule';
import { soaControlLabel } from './soa-label';

export const soaNoDecision = defineRule({
  id: 'SOA-NO-DECISION',
  severity: 'minor',
  clause: '6.1.3 d)',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.soa ?? [])
      .filter((e) => e.applicable === null)
      .map((e) =>
        makeFinding(
          'SOA-NO-DECISION',
          whereOf(wb.name, e.ref, 'applicable'),
          SOA.noDecision(soaControlLabel(e), asText(e.applicableRaw)),
        ),
      ),
});
