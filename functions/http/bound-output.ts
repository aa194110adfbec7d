/**
 * Every JSON response has a bounded size (docs/api.md, "Size of a response"): findings are capped
 * (shared/validation/cap-findings), the id lists of heat maps and the consolidated risk list are
 * cut with a count of what was left out, and a last guard refuses to send a body over
 * `MAX_RESPONSE_CHARS` (a clear 413 instead of a 500 "Invalid string length" or a 400 MB answer).
 */
import type { Context } from 'hono';
import type { HeatMap } from '../../shared/model';
import type { ConsolidatedView } from '../../shared/cross';
import { ProblemError } from './problem';

/** Largest JSON body the API sends, in UTF-16 characters (≈ bytes for the ASCII-heavy JSON). */
export const MAX_RESPONSE_CHARS = 32 * 1024 * 1024;
/** Risk ids listed per heat map cell (and unplaced ids per map); `count` stays exact. */
export const MAX_IDS_PER_CELL = 100;
/** Risks listed in /api/check's consolidated view; `risksOmitted` counts the rest. */
export const MAX_CONSOLIDATED_RISKS = 2000;

export type BoundedHeatMap = HeatMap & { readonly unplacedOmitted: number };

export function boundHeatMap(map: HeatMap): BoundedHeatMap {
  return {
    ...map,
    cells: map.cells.map((c) =>
      c.riskIds.length <= MAX_IDS_PER_CELL
        ? { ...c, riskIdsOmitted: 0 }
        : {
            ...c,
            riskIds: c.riskIds.slice(0, MAX_IDS_PER_CELL),
            riskIdsOmitted: c.riskIds.length - MAX_IDS_PER_CELL,
          },
    ),
    unplaced: map.unplaced.slice(0, MAX_IDS_PER_CELL),
    unplacedOmitted: Math.max(0, map.unplaced.length - MAX_IDS_PER_CELL),
  };
}

type HeatMaps = { readonly inherent: HeatMap; readonly residual: HeatMap } | null;

export function boundHeatMaps(maps: HeatMaps) {
  return maps && { inherent: boundHeatMap(maps.inherent), residual: boundHeatMap(maps.residual) };
}

export function boundConsolidated(view: ConsolidatedView) {
  return {
    ...view,
    risks: view.risks.slice(0, MAX_CONSOLIDATED_RISKS),
    risksOmitted: Math.max(0, view.risks.length - MAX_CONSOLIDATED_RISKS),
    heatMaps: boundHeatMaps(view.heatMaps),
  };
}

/**
 * `c.json` with the size guard. JSON.stringify of a value past V8's string limit throws a
 * RangeError; both that and an over-long text become the same 413 naming the limit.
 */
export function boundedJson(c: Context, value: unknown): Response {
  let text: string | null;
  try {
    text = JSON.stringify(value);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    text = null;
  }
  if (text === null || text.length > MAX_RESPONSE_CHARS)
    throw new ProblemError(
      'payload-too-large',
      `The result would be larger than ${MAX_RESPONSE_CHARS / 1024 / 1024} MB, the most one response carries; split the workbook or check fewer at once.`,
      [{ field: 'body', detail: `result over ${MAX_RESPONSE_CHARS} characters` }],
    );
  return c.body(text, 200, { 'content-type': 'application/json; charset=UTF-8' });
}
