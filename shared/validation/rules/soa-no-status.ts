/** SOA-NO-STATUS: an applicable control without a readable implementation status (6.1.3 d). */
import { asText } from '../../grid/cell';
import { makeFinding, whereOf } from '../make-finding';
import { SOA } from '../messages';
import { defineRule } from '../rule';
import { soaControlLabel } from './soa-label';

export const soaNoStatus = defineRule({
  id: 'SOA-NO-STATUS',
  severity: 'minor',
  clause: '6.1.3 d)',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.soa ?? [])
      .filter((e) => e.applicable === true && e.status === null)
      .map((e) =>
        makeFinding(
          'SOA-NO-STATUS',
          whereOf(wb.name, e.ref, 'status'),
          SOA.noStatus(soaControlLabel(e), asText(e.statusRaw)),
        ),
      ),
});
