/**
 * The consolidated view of a set of workbooks: every risk scored on one method (the most common
 * among workbooks holding risks, ties to the first), with the rescaling of each workbook stated,
 * and consolidated inherent/residual heat maps.
 */
import type { IsmsWorkbook, Methodology, Risk } from '../model/types';
import type { ConsolidatedRisk, ConsolidatedView, Rescaling } from './types';
import { asInteger } from '../grid/cell';
import { computeScore, rateScore } from '../risk/score-risk';
import { consolidatedHeatMap } from './consolidated-heat-map';
import { sameMethodology } from './methodology-diff';
import { chooseTargetMethodology } from './target-methodology';
import { describeMapping, rescaleLevel, scaleMapping } from './rescale';

function rescalingFor(wb: IsmsWorkbook, target: Methodology, source: string): Rescaling {
  const own = wb.methodology;
  if (!own) {
    return {
      workbook: wb.name,
      kind: 'assumed',
      likelihood: null,
      impact: null,
      statement: `${wb.name} documents no methodology: its levels are read as levels of ${source}'s scales, without rescaling.`,
    };
  }
  if (sameMethodology(own, target)) {
    return {
      workbook: wb.name,
      kind: 'same',
      likelihood: null,
      impact: null,
      statement: `${wb.name} already uses ${source}'s methodology: scores kept.`,
    };
  }
  const likelihood = scaleMapping(own.likelihood, target.likelihood);
  const impact = scaleMapping(own.impact, target.impact);
  return {
    workbook: wb.name,
    kind: 'rescaled',
    likelihood,
    impact,
    statement:
      `${wb.name} rescored on ${source}'s methodology: ${describeMapping('likelihood', likelihood)}; ` +
      `${describeMapping('impact', impact)}; scores recomputed with the ${target.formula} formula and rated on its bands.`,
  };
}

function level(
  v: Risk['likelihood'],
  own: Methodology | null,
  target: Methodology,
  axis: 'likelihood' | 'impact',
): number | null {
  const n = asInteger(v);
  if (n === null) return null;
  if (!own) return target[axis].some((l) => l.level === n) ? n : null;
  return rescaleLevel(n, own[axis], target[axis]);
}

function score(m: Methodology, l: number | null, i: number | null): number | null {
  return l === null || i === null ? null : computeScore(m, l, i);
}

function consolidateRisk(wb: IsmsWorkbook, r: Risk, target: Methodology): ConsolidatedRisk {
  const own = wb.methodology;
  const l = level(r.likelihood, own, target, 'likelihood');
  const i = level(r.impact, own, target, 'impact');
  const rl = level(r.residualLikelihood, own, target, 'likelihood');
  const ri = level(r.residualImpact, own, target, 'impact');
  const inherent = score(target, l, i);
  const residual = score(target, rl, ri) ?? inherent;
  const band = residual === null ? null : rateScore(target, residual);
  return {
    workbook: wb.name,
    sheet: r.ref.sheet,
    row: r.ref.row,
    id: r.id,
    description: r.description ?? r.threat,
    owner: r.owner,
    status: r.status,
    treatment: r.treatment,
    controls: r.controls,
    originalLikelihood: asInteger(r.likelihood),
    originalImpact: asInteger(r.impact),
    likelihood: l,
    impact: i,
    inherentScore: inherent,
    inherentRating: inherent === null ? null : (rateScore(target, inherent)?.name ?? null),
    residualLikelihood: rl,
    residualImpact: ri,
    residualScore: residual,
    residualRating: band?.name ?? null,
    residualColor: band?.color ?? null,
    residualRank: band ? target.bands.indexOf(band) : -1,
  };
}

export function consolidate(workbooks: readonly IsmsWorkbook[]): ConsolidatedView {
  const target = chooseTargetMethodology(workbooks);
  const m = target.methodology;
  if (!m || target.source === null) {
    return {
      methodology: null,
      methodologySource: null,
      basis: 'none',
      rescaling: [],
      risks: [],
      heatMaps: null,
    };
  }
  const withRisks = workbooks.filter((w) => (w.risks?.length ?? 0) > 0);
  const views = withRisks.flatMap((wb) => (wb.risks ?? []).map((r) => consolidateRisk(wb, r, m)));
  return {
    methodology: m,
    methodologySource: target.source,
    basis: target.basis,
    rescaling: withRisks.map((wb) => rescalingFor(wb, m, target.source as string)),
    risks: views,
    heatMaps: {
      inherent: consolidatedHeatMap(views, m, 'inherent'),
      residual: consolidatedHeatMap(views, m, 'residual'),
    },
  };
}
