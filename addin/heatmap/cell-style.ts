/**
 * How a heat-map cell is drawn: text readable on its band colour, and the risk-appetite line on
 * the sides of a cell above the appetite that face cells within it.
 */
import { tokens } from '@fluentui/react-components';
import type { HeatMap, HeatMapCell } from '../../shared/model';
import { aboveAppetite } from './moves';

/** Dark or white text on a band colour; the theme's text colour on no colour. */
export function readableOn(hex: string | null): string {
  const m = hex ? /^#?([0-9a-f]{6})$/i.exec(hex) : null;
  if (!m) return tokens.colorNeutralForeground1;
  const n = parseInt(m[1], 16);
  return 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255) > 150
    ? '#242424'
    : '#FFFFFF';
}

const LINE = `3px`;

/** Inset shadows drawing the appetite line on the sides facing cells within the appetite. */
export function boundary(
  c: HeatMapCell,
  map: HeatMap,
  threshold: number | null,
): string | undefined {
  if (!aboveAppetite(c, threshold)) return undefined;
  const at = (l: number, i: number) => map.cells.find((x) => x.likelihood === l && x.impact === i);
  const inside = (x: HeatMapCell | undefined) => x !== undefined && !aboveAppetite(x, threshold);
  const ink = tokens.colorNeutralForeground1;
  const sides = [
    inside(at(c.likelihood, c.impact - 1)) ? `inset ${LINE} 0 0 ${ink}` : '',
    inside(at(c.likelihood - 1, c.impact)) ? `inset 0 -${LINE} 0 ${ink}` : '',
  ].filter(Boolean);
  return sides.length ? sides.join(', ') : undefined;
}
