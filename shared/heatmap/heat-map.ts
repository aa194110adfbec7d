/**
 * Heat map of a risk register: how many risks sit in each likelihood × impact cell, with the
 * cell's score and rating band colour under the methodology.
 */
import type { HeatMap, HeatMapCell } from '../model/assessment';
import type { Methodology, Risk } from '../model/types';
import { levelOf } from '../risk/risk-levels';
import { computeScore, rateScore } from '../risk/score-risk';

/** What the map reads of a risk (a register's `Risk`, or a consolidated risk adapted to it). */
export type HeatMapRisk = Pick<
  Risk,
  'id' | 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'
> & {
  readonly ref: Pick<Risk['ref'], 'row'>;
};

export type HeatMapOptions = {
  /**
   * Residual map only: place a risk with no (or an off-scale) residual likelihood/impact at its
   * inherent position instead of listing it as unplaced — the consolidated view's convention,
   * where an unassessed residual is taken to equal the inherent risk. Default false.
   */
  readonly residualFallsBackToInherent?: boolean;
};

/** How a risk is named on the map: its id, else its row. */
function riskName(r: HeatMapRisk): string {
  return r.id ?? `row ${r.ref.row}`;
}

function at(
  m: Methodology,
  likelihood: Risk['likelihood'],
  impact: Risk['impact'],
): { l: number; i: number } | null {
  const l = levelOf(m.likelihood, likelihood);
  const i = levelOf(m.impact, impact);
  return l === null || i === null ? null : { l, i };
}

function position(
  r: HeatMapRisk,
  m: Methodology,
  kind: HeatMap['kind'],
  opts: HeatMapOptions,
): { l: number; i: number } | null {
  if (kind === 'inherent') return at(m, r.likelihood, r.impact);
  const residual = at(m, r.residualLikelihood, r.residualImpact);
  return residual ?? (opts.residualFallsBackToInherent ? at(m, r.likelihood, r.impact) : null);
}

/**
 * One cell per (likelihood, impact) pair, likelihood-major and ascending. Risks with a blank or
 * off-scale likelihood/impact (for `residual`: residual ones) are listed in `unplaced`.
 *
 * @example buildHeatMap(risks, DEFAULT_METHODOLOGY, 'inherent').cells.length // 25
 */
export function buildHeatMap(
  risks: readonly HeatMapRisk[],
  m: Methodology,
  kind: 'inherent' | 'residual',
  opts: HeatMapOptions = {},
): HeatMap {
  const likelihood = [...m.likelihood].sort((a, b) => a.level - b.level);
  const impact = [...m.impact].sort((a, b) => a.level - b.level);
  const ids = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const r of risks) {
    const p = position(r, m, kind, opts);
    if (!p) {
      unplaced.push(riskName(r));
      continue;
    }
    const key = `${p.l}:${p.i}`;
    const list = ids.get(key);
    if (list) list.push(riskName(r));
    else ids.set(key, [riskName(r)]);
  }
  const cells: HeatMapCell[] = likelihood.flatMap((l) =>
    impact.map((i) => {
      const score = computeScore(m, l.level, i.level);
      const band = score === null ? null : rateScore(m, score);
      const riskIds = ids.get(`${l.level}:${i.level}`) ?? [];
      return {
        likelihood: l.level,
        impact: i.level,
        score,
        band: band?.name ?? null,
        color: band?.color ?? null,
        count: riskIds.length,
        riskIds,
      };
    }),
  );
  return { kind, likelihood, impact, cells, unplaced, total: risks.length };
}
