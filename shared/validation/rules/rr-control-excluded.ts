/** RR-CONTROL-EXCLUDED: a risk is treated with a control this workbook's SoA marks not applicable. */
import { parseControlRef } from '../../catalog/find-control';
import type { SoaEntry } from '../../model/types';
import type { Finding } from '../../findings/finding';
import { makeFinding, whereOf } from '../make-finding';
import { RR, controlName, riskLabel } from '../messages';
import { defineRule } from '../rule';

/** Control id → the SoA row that excludes it. */
export function excludedControls(soa: readonly SoaEntry[] | null): Map<string, SoaEntry> {
  const out = new Map<string, SoaEntry>();
  for (const e of soa ?? [])
    if (e.controlId && e.applicable === false && !out.has(e.controlId)) out.set(e.controlId, e);
  return out;
}

export const rrControlExcluded = defineRule({
  id: 'RR-CONTROL-EXCLUDED',
  severity: 'major',
  clause: '6.1.3 d)',
  stage: 'stage2',
  check: ({ wb }) => {
    const excluded = excludedControls(wb.soa);
    if (excluded.size === 0) return [];
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      const seen = new Set<string>();
      for (const text of r.controls) {
        const ref = parseControlRef(text);
        if (ref.kind !== '2022' || seen.has(ref.control.id)) continue;
        seen.add(ref.control.id);
        const entry = excluded.get(ref.control.id);
        if (!entry) continue;
        const msg = RR.controlExcluded(
          riskLabel(r.id, r.ref.row),
          controlName(ref.control),
          entry.ref.row,
        );
        out.push(makeFinding('RR-CONTROL-EXCLUDED', whereOf(wb.name, r.ref, 'controls'), msg));
      }
    }
    return out;
  },
});
