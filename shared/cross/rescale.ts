import type { ScaleLevel } from '../model/types';
import type { ScaleMapping } from './types';

/**
 * Maps a level of an n-level scale onto an m-level scale linearly, keeping both ends:
 * `round(1 + (level − 1) × (m − 1) / (n − 1))`, halves rounding up. Levels are taken by their
 * position in the scale, so a scale 0–4 maps like 1–5. Null when `level` is not on `from`.
 *
 * @example rescaleLevel(2, three, five) // 3   (1→1, 2→3, 3→5)
 * @example rescaleLevel(4, five, three) // 3   (1→1, 2→2, 3→2, 4→3, 5→3)
 */
export function rescaleLevel(
  level: number,
  from: readonly ScaleLevel[],
  to: readonly ScaleLevel[],
): number | null {
  const src = [...from].map((l) => l.level).sort((a, b) => a - b);
  const dst = [...to].map((l) => l.level).sort((a, b) => a - b);
  const i = src.indexOf(level);
  if (i < 0 || dst.length === 0) return null;
  if (src.length === 1) return dst[0];
  const j = Math.round((i * (dst.length - 1)) / (src.length - 1));
  return dst[j];
}

/** The whole level-to-level table of one scale, for stating the rescaling. */
export function scaleMapping(from: readonly ScaleLevel[], to: readonly ScaleLevel[]): ScaleMapping {
  const levels = [...from]
    .map((l) => l.level)
    .sort((a, b) => a - b)
    .map((l) => [l, rescaleLevel(l, from, to) as number] as const);
  return { from: from.length, to: to.length, levels };
}

/** True when the mapping changes nothing (same levels on both sides). */
export function isIdentity(m: ScaleMapping): boolean {
  return m.from === m.to && m.levels.every(([a, b]) => a === b);
}

/** `likelihood 3 → 5 levels (1→1, 2→3, 3→5)` or `likelihood unchanged`. */
export function describeMapping(what: string, m: ScaleMapping): string {
  if (isIdentity(m)) return `${what} levels unchanged`;
  const pairs = m.levels.map(([a, b]) => `${a}→${b}`).join(', ');
  return (
    `${what} mapped from ${m.from} to ${m.to} levels by round(1 + (level − 1) × ${m.to - 1} / ${m.from - 1}) ` +
    `(${pairs})`
  );
}
