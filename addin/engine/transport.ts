/**
 * What crosses from the engine's worker to the pane: everything the views show, but not the
 * register itself. The pane's main thread deserialises each message in one task, so the findings
 * go in small slices (one task each, a few milliseconds), and the risk ids of the heat-map cells
 * and the slim risks stay in the worker (counts are exact; `cell-risks` lists a picked cell).
 */
import type { HeatMap } from '../../shared/model';
import type { Finding } from '../../shared/validation';
import type { PaneResult } from './types';

/** Findings per message: about 0.4 MB of structured clone, a few ms to read on the main thread. */
export const SLICE = 1000;

export function slicesOf(findings: readonly Finding[]): Finding[][] {
  const out: Finding[][] = [];
  for (let i = 0; i < findings.length; i += SLICE) out.push(findings.slice(i, i + SLICE));
  return out;
}

const countsOnly = (m: HeatMap): HeatMap => ({
  ...m,
  cells: m.cells.map((c) => ({ ...c, riskIds: [] })),
});

/** The run's result without its findings (sent as slices) and without the register. */
export function withoutBulk(result: PaneResult): PaneResult {
  const a = result.assessment;
  const maps = a.heatMaps;
  return {
    ...result,
    assessment: {
      ...a,
      findings: [],
      workbook: { ...a.workbook, risks: null },
      heatMaps: maps
        ? { inherent: countsOnly(maps.inherent), residual: countsOnly(maps.residual) }
        : null,
    },
  };
}
