/**
 * Heat maps of the consolidated risks (already on the consolidated method's levels), drawn by
 * the single-workbook buildHeatMap. The consolidated residual position falls back to the
 * inherent one when no residual is recorded, as the consolidated ratings do.
 */
import type { HeatMap } from '../model/assessment';
import type { Methodology } from '../model/types';
import type { ConsolidatedRisk } from './types';
import { buildHeatMap, type HeatMapRisk } from '../heatmap/heat-map';

/** A consolidated risk as the heat map reads it, named by its id, else by workbook and row. */
function placement(r: ConsolidatedRisk): HeatMapRisk {
  return {
    id: r.id ?? `${r.workbook} row ${r.row}`,
    ref: { row: r.row },
    likelihood: r.likelihood,
    impact: r.impact,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
  };
}

export function consolidatedHeatMap(
  risks: readonly ConsolidatedRisk[],
  m: Methodology,
  kind: 'inherent' | 'residual',
): HeatMap {
  return buildHeatMap(risks.map(placement), m, kind, { residualFallsBackToInherent: true });
}
