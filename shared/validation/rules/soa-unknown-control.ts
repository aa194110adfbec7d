/** SOA-UNKNOWN-CONTROL: an SoA row whose id is not a 2022 control (2013 ids with successor), or a duplicate. */
import { getControl, parseControlRef } from '../../catalog/find-control';
import type { SoaEntry } from '../../model/types';
import type { Finding } from '../../findings/finding';
import { makeFinding, whereOf } from '../make-finding';
import { SOA, controlName } from '../messages';
import { defineRule } from '../rule';

function unknownMessage(e: SoaEntry): string {
  if (e.idText === null) return SOA.noId();
  const ref = parseControlRef(e.idText);
  if (ref.kind === '2013')
    return SOA.id2013(
      e.idText,
      `${ref.control2013.id} ${ref.control2013.title}`,
      ref.successors.map(controlName),
    );
  return SOA.unknownId(e.idText);
}

export const soaUnknownControl = defineRule({
  id: 'SOA-UNKNOWN-CONTROL',
  severity: 'minor',
  clause: '6.1.3 d)',
  stage: 'stage1',
  check: ({ wb }) => {
    const first = new Map<string, number>();
    const out: Finding[] = [];
    for (const e of wb.soa ?? []) {
      const where = whereOf(wb.name, e.ref, 'id');
      if (e.controlId === null) {
        out.push(makeFinding('SOA-UNKNOWN-CONTROL', where, unknownMessage(e)));
        continue;
      }
      const seen = first.get(e.controlId);
      if (seen === undefined) first.set(e.controlId, e.ref.row);
      else
        out.push(
          makeFinding(
            'SOA-UNKNOWN-CONTROL',
            where,
            SOA.duplicate(
              controlName(getControl(e.controlId) ?? { id: e.controlId, title: '' }),
              seen,
            ),
          ),
        );
    }
    return out;
  },
});
