/**
 * SOA-LINKED-RISK-UNKNOWN: an SoA row's Linked Risks name ids the workbook's risk register does
 * not hold (6.1.3 d). Only when the workbook has a register: an SoA kept apart is judged by the set.
 */
import type { Finding } from '../../findings/finding';
import { makeFinding, whereOf } from '../make-finding';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';
import { soaControlLabel } from './soa-label';

const key = (id: string) => id.toLowerCase().replace(/\s+/g, '');

export const soaLinkedRiskUnknown = defineRule({
  id: 'SOA-LINKED-RISK-UNKNOWN',
  severity: 'minor',
  clause: '6.1.3 d)',
  stage: 'stage1',
  check: ({ wb }) => {
    if (!wb.risks || wb.risks.length === 0) return [];
    const ids = new Set(wb.risks.flatMap((r) => (r.id ? [key(r.id)] : [])));
    const out: Finding[] = [];
    for (const e of wb.soa ?? []) {
      const unknown = e.linkedRisks.filter((id) => id.trim() !== '' && !ids.has(key(id)));
      if (unknown.length === 0) continue;
      out.push(
        makeFinding(
          'SOA-LINKED-RISK-UNKNOWN',
          whereOf(wb.name, e.ref, 'linkedRisks'),
          TREAT.linkedUnknown(soaControlLabel(e), unknown.join(', ')),
        ),
      );
    }
    return out;
  },
});
