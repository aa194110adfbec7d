/** RR-DUP-ID: two risks share an id (case and spacing ignored). */
import type { Finding } from '../../findings/finding';
import { makeFinding, whereOf } from '../make-finding';
import { RR } from '../messages';
import { defineRule } from '../rule';

export const rrDupId = defineRule({
  id: 'RR-DUP-ID',
  severity: 'minor',
  clause: '7.5.2 a)',
  stage: 'stage1',
  check: ({ wb }) => {
    const first = new Map<string, number>();
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      if (r.id === null) continue;
      const key = r.id.toLowerCase().replace(/\s+/g, '');
      const seen = first.get(key);
      if (seen === undefined) first.set(key, r.ref.row);
      else out.push(makeFinding('RR-DUP-ID', whereOf(wb.name, r.ref, 'id'), RR.dupId(r.id, seen)));
    }
    return out;
  },
});
