/**
 * The remediation roadmap: control gaps ordered by the severity of the risks they leave open
 * (worst linked residual rating band, then its score), then by effort (quick wins first among
 * equally severe gaps), then by control number. Phases: 1 when a linked residual risk is above
 * the acceptance threshold (6.1.3 f: not acceptable as it stands), 2 for other linked risks,
 * 3 when no risk is linked.
 */
import type { ControlGap, RoadmapItem } from './types';
import { compareControlIds } from '../cross/risk-controls';

export function compareGaps(a: ControlGap, b: ControlGap): number {
  return (
    b.worstResidual.rank - a.worstResidual.rank ||
    (b.worstResidual.score ?? -1) - (a.worstResidual.score ?? -1) ||
    a.effort.points - b.effort.points ||
    compareControlIds(a.controlId, b.controlId)
  );
}

function phaseOf(g: ControlGap, threshold: number | null): 1 | 2 | 3 {
  if (g.worstResidual.score === null) return 3;
  return threshold !== null && g.worstResidual.score > threshold ? 1 : 2;
}

export function buildRoadmap(
  gaps: readonly ControlGap[],
  acceptanceThreshold: number | null,
): RoadmapItem[] {
  return [...gaps].sort(compareGaps).map((g, i) => ({
    order: i + 1,
    phase: phaseOf(g, acceptanceThreshold),
    controlId: g.controlId,
    title: g.title,
    theme: g.theme,
    owner: g.owner,
    status: g.status,
    worstResidual: g.worstResidual,
    linkedRiskCount: g.linkedRisks.length,
    effort: g.effort.class,
    personDays: g.effort.personDays,
  }));
}
