/**
 * SOA-RISK-CONTROL-NOT-IMPLEMENTED: an applicable control not in operation (Planned, Not
 * implemented, no status) that a risk scoring above the acceptance threshold relies on (its
 * Annex A Controls, or the SoA's Linked Risks): the treatment plan is not implemented (8.3).
 */
import { parseControlRef } from '../../catalog/find-control';
import type { Finding } from '../../findings/finding';
import type { IsmsWorkbook } from '../../model/types';
import { inherentOf } from '../../risk/risk-levels';
import { makeFinding, whereOf } from '../make-finding';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';
import { soaControlLabel } from './soa-label';
import { notInOperation, statusText } from './soa-status';

/** Control id → ids of the risks above the threshold that rely on it. */
function relied(wb: IsmsWorkbook): Map<string, Set<string>> {
  const m = wb.methodology;
  const out = new Map<string, Set<string>>();
  if (!m) return out;
  const add = (control: string, risk: string) =>
    out.set(control, (out.get(control) ?? new Set()).add(risk));
  const high = new Map<string, string>();
  for (const r of wb.risks ?? []) {
    const a = inherentOf(m, r);
    if (!a || a.score <= m.acceptanceThreshold) continue;
    const id = r.id ?? `row ${r.ref.row}`;
    high.set(id.toLowerCase(), id);
    for (const text of r.controls) {
      const ref = parseControlRef(text);
      if (ref.kind === '2022') add(ref.control.id, id);
    }
  }
  for (const e of wb.soa ?? [])
    for (const l of e.linkedRisks) {
      const id = high.get(l.trim().toLowerCase());
      if (id && e.controlId) add(e.controlId, id);
    }
  return out;
}

export const soaRiskControlNotImplemented = defineRule({
  id: 'SOA-RISK-CONTROL-NOT-IMPLEMENTED',
  severity: 'major',
  clause: '8.3',
  stage: 'stage2',
  check: ({ wb }) => {
    const byControl = relied(wb);
    if (byControl.size === 0) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const e of wb.soa ?? []) {
      const risks = e.controlId ? byControl.get(e.controlId) : undefined;
      if (!risks || !e.controlId || seen.has(e.controlId) || !notInOperation(e)) continue;
      seen.add(e.controlId);
      const names = [...risks].map((r) => `risk ${r}`).join(', ');
      out.push(
        makeFinding(
          'SOA-RISK-CONTROL-NOT-IMPLEMENTED',
          whereOf(wb.name, e.ref, 'status'),
          TREAT.riskControlNotImplemented(soaControlLabel(e), statusText(e), names),
        ),
      );
    }
    return out;
  },
});
