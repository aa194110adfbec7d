/**
 * The risks of one heat-map cell, looked up where the register is (the engine): the pane's heat
 * maps carry counts only, so a 100k-risk register's ids never cross to the main thread unless a
 * user picks a cell, and then only the first `limit`.
 */
import type { Assessment, HeatMapCell } from '../../shared/model';
import type { PaneRisk } from './types';

export type CellRisks = { readonly risks: readonly PaneRisk[]; readonly total: number };

export function cellRisks(
  assessments: readonly Assessment[],
  kind: 'inherent' | 'residual',
  at: Pick<HeatMapCell, 'likelihood' | 'impact'>,
  limit: number,
): CellRisks {
  const maps = assessments.find((a) => a.heatMaps)?.heatMaps;
  const cell = maps?.[kind].cells.find(
    (c) => c.likelihood === at.likelihood && c.impact === at.impact,
  );
  if (!cell) return { risks: [], total: 0 };
  const wanted = new Set(cell.riskIds.slice(0, limit));
  const found = new Map<string, PaneRisk>();
  for (const a of assessments)
    for (const r of a.workbook.risks ?? [])
      if (r.id !== null && wanted.has(r.id) && !found.has(r.id))
        found.set(r.id, { id: r.id, description: r.description, threat: r.threat });
  const risks = [...wanted].map((id) => found.get(id) ?? { id, description: null, threat: null });
  return { risks, total: cell.riskIds.length };
}
