/** RR-REQUIRED: a risk lacks id, threat/description, owner, likelihood, impact or treatment. */
import { isBlank } from '../../grid/cell';
import type { Risk } from '../../model/types';
import type { Finding } from '../../findings/finding';
import { firstPresent, makeFinding, whereOf } from '../make-finding';
import { RR, RR_FIELDS, riskLabel } from '../messages';
import { defineRule } from '../rule';

function missing(r: Risk): string[] {
  const out: string[] = [];
  if (r.id === null) out.push('id');
  if (r.threat === null && r.description === null) out.push('description');
  if (r.owner === null) out.push('owner');
  if (isBlank(r.likelihood)) out.push('likelihood');
  if (isBlank(r.impact)) out.push('impact');
  if (r.treatment === null) out.push('treatment');
  return out;
}

export const rrRequired = defineRule({
  id: 'RR-REQUIRED',
  severity: 'minor',
  clause: '6.1.2 c), d); 6.1.3 a)',
  stage: 'stage1',
  check: ({ wb }) => {
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      for (const field of missing(r)) {
        const [name, clause] = RR_FIELDS[field];
        const key = field === 'description' ? firstPresent(r.ref, 'threat', 'description') : field;
        const where = whereOf(wb.name, r.ref, key);
        out.push(
          makeFinding('RR-REQUIRED', where, RR.required(riskLabel(r.id, r.ref.row), name, clause)),
        );
      }
    }
    return out;
  },
});
