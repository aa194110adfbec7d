/** RR-NO-CONTROLS: treatment "modify" with no Annex A control listed (6.1.3 b, c). */
import { makeFinding, whereOf } from '../make-finding';
import { RR, riskLabel } from '../messages';
import { defineRule } from '../rule';

export const rrNoControls = defineRule({
  id: 'RR-NO-CONTROLS',
  severity: 'minor',
  clause: '6.1.3 b), c)',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.risks ?? [])
      .filter((r) => r.treatmentOption === 'modify' && r.controls.length === 0)
      .map((r) =>
        makeFinding(
          'RR-NO-CONTROLS',
          whereOf(wb.name, r.ref, 'controls'),
          RR.noControls(riskLabel(r.id, r.ref.row)),
        ),
      ),
});
