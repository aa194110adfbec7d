/** RR-TREATMENT-INVALID: the treatment is not an ISO/IEC 27005 option or a synonym (6.1.3 a). */
import { makeFinding, whereOf } from '../make-finding';
import { RR, riskLabel } from '../messages';
import { defineRule } from '../rule';

export const rrTreatmentInvalid = defineRule({
  id: 'RR-TREATMENT-INVALID',
  severity: 'minor',
  clause: '6.1.3 a)',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.risks ?? [])
      .filter((r) => r.treatment !== null && r.treatmentOption === null)
      .map((r) =>
        makeFinding(
          'RR-TREATMENT-INVALID',
          whereOf(wb.name, r.ref, 'treatment'),
          RR.treatmentInvalid(riskLabel(r.id, r.ref.row), r.treatment ?? ''),
        ),
      ),
});
