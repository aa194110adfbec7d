/**
 * Inherent → residual movement of each risk placed on both heat maps: which cell it started in,
 * where treatment left it, and whether its score went down, stayed or went up (8.3: the residual
 * risk is what the treatment plan achieved).
 */
import type { HeatMap, HeatMapCell } from '../../shared/model';

export type Move = {
  readonly from: HeatMapCell;
  readonly to: HeatMapCell;
  readonly riskIds: readonly string[];
};

export type Movement = {
  readonly moves: readonly Move[];
  readonly reduced: number;
  readonly unchanged: number;
  readonly increased: number;
};

function cellsById(map: HeatMap): Map<string, HeatMapCell> {
  const at = new Map<string, HeatMapCell>();
  for (const c of map.cells) for (const id of c.riskIds) at.set(id, c);
  return at;
}

export function movement(inherent: HeatMap, residual: HeatMap): Movement {
  const after = cellsById(residual);
  const moves = new Map<string, { from: HeatMapCell; to: HeatMapCell; riskIds: string[] }>();
  let reduced = 0;
  let unchanged = 0;
  let increased = 0;
  for (const from of inherent.cells)
    for (const id of from.riskIds) {
      const to = after.get(id);
      if (!to) continue;
      const d = (to.score ?? 0) - (from.score ?? 0);
      if (d < 0) reduced++;
      else if (d > 0) increased++;
      else unchanged++;
      const key = `${from.likelihood}x${from.impact}>${to.likelihood}x${to.impact}`;
      const m = moves.get(key) ?? { from, to, riskIds: [] };
      m.riskIds.push(id);
      moves.set(key, m);
    }
  const list = [...moves.values()].sort((a, b) => b.riskIds.length - a.riskIds.length);
  return { moves: list, reduced, unchanged, increased };
}

/** True when a score is above the risk appetite (needs the owner's acceptance, 6.1.3 f). */
export function aboveAppetite(c: HeatMapCell, threshold: number | null): boolean {
  return threshold !== null && c.score !== null && c.score > threshold;
}

/** A move as the pane receives it from the engine: counted, its risk ids left behind. */
export type MoveCount = {
  readonly from: HeatMapCell;
  readonly to: HeatMapCell;
  readonly count: number;
};

export type MovementCounts = Omit<Movement, 'moves'> & { readonly moves: readonly MoveCount[] };

const bare = (c: HeatMapCell): HeatMapCell => ({ ...c, riskIds: [] });

/**
 * The movement with counts only and the `top` largest moves (the pane lists six that change
 * cell; at most one move per cell stays put, so 50 leave at least 25 that change).
 */
export function countMoves(m: Movement, top = 50): MovementCounts {
  const moves = m.moves
    .slice(0, top)
    .map((x) => ({ from: bare(x.from), to: bare(x.to), count: x.riskIds.length }));
  return { reduced: m.reduced, unchanged: m.unchanged, increased: m.increased, moves };
}
