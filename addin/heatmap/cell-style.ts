/**
 * How a heat-map cell is drawn: text of the higher contrast on its band colour (WCAG 2.x
 * relative luminance), the risk-appetite line on the sides of a cell above the appetite that face
 * cells within it, and a short band label so the band reads without its colour (forced colours,
 * colour blindness: WCAG 1.4.1).
 */
import { tokens } from '@fluentui/react-components';
import type { HeatMap, HeatMapCell } from '../../shared/model';
import { aboveAppetite } from './moves';

const DARK = '#242424';
const LIGHT = '#FFFFFF';

/** WCAG relative luminance of `#rrggbb`, or null for anything else. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => lin(c / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two luminances (1 to 21). */
export const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** Dark or white text, whichever contrasts more with the band colour; the theme's on no colour. */
export function readableOn(hex: string | null): string {
  const l = hex ? luminance(hex) : null;
  if (l === null) return tokens.colorNeutralForeground1;
  return contrast(l, luminance(DARK)!) >= contrast(l, 1) ? DARK : LIGHT;
}

const LINE = `3px`;

/** The sides of a cell above the appetite that face cells within it (where the line runs). */
export function appetiteSides(
  c: HeatMapCell,
  map: HeatMap,
  threshold: number | null,
): { readonly left: boolean; readonly bottom: boolean } {
  if (!aboveAppetite(c, threshold)) return { left: false, bottom: false };
  const at = (l: number, i: number) => map.cells.find((x) => x.likelihood === l && x.impact === i);
  const inside = (x: HeatMapCell | undefined) => x !== undefined && !aboveAppetite(x, threshold);
  return {
    left: inside(at(c.likelihood, c.impact - 1)),
    bottom: inside(at(c.likelihood - 1, c.impact)),
  };
}

/**
 * Inset shadows drawing the appetite line, in the cell's own text colour so it shows on any band
 * colour. Forced colours drop shadows: heat-grid.tsx draws the same sides as borders there.
 */
export function boundary(
  c: HeatMapCell,
  map: HeatMap,
  threshold: number | null,
): string | undefined {
  const side = appetiteSides(c, map, threshold);
  const ink = readableOn(c.color);
  const sides = [
    side.left ? `inset ${LINE} 0 0 ${ink}` : '',
    side.bottom ? `inset 0 -${LINE} 0 ${ink}` : '',
  ].filter(Boolean);
  return sides.length ? sides.join(', ') : undefined;
}

/**
 * Short labels for band names, unique among them: the shortest prefix no other band shares
 * ("L", "M", "H", "C"; "Me" and "Mo" for Medium and Moderate).
 */
export function bandShortNames(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of names) {
    let n = 1;
    const clash = (k: number) =>
      names.some(
        (o) => o !== name && o.slice(0, k).toLowerCase() === name.slice(0, k).toLowerCase(),
      );
    while (n < name.length && clash(n)) n++;
    out.set(name, name.slice(0, n));
  }
  return out;
}
