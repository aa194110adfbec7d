/**
 * RR-TREATED-NOT-IMPLEMENTED: a risk recorded Treated or Closed whose controls this workbook's
 * SoA shows Planned, Not implemented or without status (8.3: the plan is implemented first).
 */
import { parseControlRef } from '../../catalog/find-control';
import { parseRiskStatus } from '../../vocabulary/risk-status';
import type { Finding } from '../../findings/finding';
import { makeFinding, whereOf } from '../make-finding';
import { controlName, riskLabel } from '../messages';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';
import { notInOperation, soaByControl } from './soa-status';

export const rrTreatedNotImplemented = defineRule({
  id: 'RR-TREATED-NOT-IMPLEMENTED',
  severity: 'minor',
  clause: '8.3',
  stage: 'stage2',
  check: ({ wb }) => {
    const soa = soaByControl(wb);
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      const status = parseRiskStatus(r.status);
      if (status !== 'Treated' && status !== 'Closed') continue;
      const pending = r.controls
        .map(parseControlRef)
        .flatMap((ref) => (ref.kind === '2022' ? [ref.control] : []))
        .filter((c) => {
          const e = soa.get(c.id);
          return e !== undefined && notInOperation(e);
        });
      if (pending.length === 0) continue;
      const names = pending.map(controlName).join(', ');
      out.push(
        makeFinding(
          'RR-TREATED-NOT-IMPLEMENTED',
          whereOf(wb.name, r.ref, 'status'),
          TREAT.treatedNotImplemented(riskLabel(r.id, r.ref.row), r.status ?? '', names),
        ),
      );
    }
    return out;
  },
});
