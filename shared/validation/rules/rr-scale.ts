/** RR-SCALE: a likelihood or impact (inherent or residual) that is not a level of its scale. */
import { asText, isBlank } from '../../grid/cell';
import type { ScaleLevel } from '../../model/types';
import { levelOf } from '../../risk/risk-levels';
import type { Finding } from '../../findings/finding';
import { makeFinding, whereOf } from '../make-finding';
import { RR, SCALE_FIELDS, riskLabel } from '../messages';
import { defineRule } from '../rule';

function levelsText(scale: readonly ScaleLevel[]): string {
  const ls = scale.map((l) => l.level).sort((a, b) => a - b);
  return ls.length === 0 ? 'none' : `${ls[0]}–${ls[ls.length - 1]}`;
}

const KEYS = Object.keys(SCALE_FIELDS) as (keyof typeof SCALE_FIELDS)[];

export const rrScale = defineRule({
  id: 'RR-SCALE',
  severity: 'minor',
  clause: '6.1.2 b), d)',
  stage: 'stage1',
  check: ({ wb }) => {
    const m = wb.methodology;
    if (!m) return [];
    const out: Finding[] = [];
    for (const r of wb.risks ?? []) {
      for (const key of KEYS) {
        const v = r[key];
        const scale =
          key === 'likelihood' || key === 'residualLikelihood' ? m.likelihood : m.impact;
        if (isBlank(v) || levelOf(scale, v) !== null) continue;
        const msg = RR.scale(
          riskLabel(r.id, r.ref.row),
          SCALE_FIELDS[key],
          asText(v) ?? '',
          levelsText(scale),
        );
        out.push(makeFinding('RR-SCALE', whereOf(wb.name, r.ref, key), msg));
      }
    }
    return out;
  },
});
