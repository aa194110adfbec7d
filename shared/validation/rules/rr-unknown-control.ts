/**
 * RR-UNKNOWN-CONTROL: a risk's control reference is not an Annex A 2022 control; a 2013 id is
 * reported with its 2022 successor(s) (ISO/IEC 27002:2022 Annex B).
 */
import { parseControlRef } from '../../catalog/find-control';
import type { Finding } from '../../findings/finding';
import { makeFinding, whereOf } from '../make-finding';
import { RR, controlName, riskLabel } from '../messages';
import { defineRule } from '../rule';

export const rrUnknownControl = defineRule({
  id: 'RR-UNKNOWN-CONTROL',
  severity: 'minor',
  clause: '6.1.3 c)',
  stage: 'stage1',
  check: ({ wb }) => {
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      const where = whereOf(wb.name, r.ref, 'controls');
      const label = riskLabel(r.id, r.ref.row);
      for (const text of r.controls) {
        const ref = parseControlRef(text);
        if (ref.kind === '2022') continue;
        const msg =
          ref.kind === '2013'
            ? RR.control2013(
                label,
                text,
                `${ref.control2013.id} ${ref.control2013.title}`,
                ref.successors.map(controlName),
              )
            : RR.controlUnknown(label, text);
        out.push(makeFinding('RR-UNKNOWN-CONTROL', where, msg));
      }
    }
    return out;
  },
});
