/**
 * Heat maps of the consolidated risks (already on the consolidated method's levels). Built here
 * rather than with the single-workbook heat map because the consolidated residual position
 * falls back to the inherent one when no residual is recorded, as the consolidated ratings do.
 */
import type { HeatMap, HeatMapCell } from '../model/assessment';
import type { Methodology } from '../model/types';
import type { ConsolidatedRisk } from './types';
import { computeScore, rateScore } from '../risk/score-risk';

function position(r: ConsolidatedRisk, kind: 'inherent' | 'residual'): [number, number] | null {
  if (kind === 'residual' && r.residualLikelihood !== null && r.residualImpact !== null) return [r.residualLikelihood, r.residualImpact];
  return r.likelihood !== null && r.impact !== null ? [r.likelihood, r.impact] : null;
}

function label(r: ConsolidatedRisk): string {
  return r.id ?? `${r.workbook} row ${r.row}`;
}

export function consolidatedHeatMap(risks: readonly ConsolidatedRisk[], m: Methodology, kind: 'inherent' | 'residual'): HeatMap {
  const ls = [...m.likelihood].sort((a, b) => a.level - b.level);
  const is = [...m.impact].sort((a, b) => a.level - b.level);
  const ids = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const r of risks) {
    const p = position(r, kind);
    if (!p) unplaced.push(label(r));
    else ids.set(`${p[0]}|${p[1]}`, [...(ids.get(`${p[0]}|${p[1]}`) ?? []), label(r)]);
  }
  const cells: HeatMapCell[] = ls.flatMap((l) =>
    is.map((i) => {
      const score = computeScore(m, l.level, i.level);
      const band = score === null ? null : rateScore(m, score);
      const riskIds = ids.get(`${l.level}|${i.level}`) ?? [];
      return { likelihood: l.level, impact: i.level, score, band: band?.name ?? null, color: band?.color ?? null, count: riskIds.length, riskIds };
    }),
  );
  return { kind, likelihood: ls, impact: is, cells, unplaced, total: risks.length };
}
