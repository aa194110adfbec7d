/**
 * Control ids as stored in real sheets: text (`A.5.15`, `5.15`, `Control 5.17`) or numbers, where
 * 8.2 and 8.20 are the same number. The cell's display text, the title on the same row, or the
 * previous id tell them apart.
 */
import type { Cell } from '../grid/grid';
import { formatGeneral } from '../grid/cell';
import { getControl, normalizeControlId } from '../catalog/find-control';
import { titleSimilarity } from './normalize-text';

export type IdRead = { readonly id: string; readonly ambiguous: boolean };

/** Dotted id without prefix (`5.15`, `9.2.3`), or null when the cell holds none. */
export function readControlId(value: Cell, display?: string): IdRead | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') {
    const shown = display && normalizeControlId(display);
    if (shown) return { id: shown, ambiguous: false };
    const text = formatGeneral(value);
    if (!/^\d{1,2}\.\d{1,2}$/.test(text)) return null;
    return { id: text, ambiguous: /\.\d$/.test(text) };
  }
  const t = value.trim();
  // "A.5 Information security policies" is a domain heading, "5.1.1 …" a 2013 id with its title.
  const id = normalizeControlId(t);
  if (!id) return null;
  return { id, ambiguous: false };
}

/**
 * For a number like 8.2 that may be 8.20: prefer the control whose 2022 title matches the row's
 * title; else the one that follows the previous id (8.19 → 8.20); else the value as read.
 */
export function disambiguate(
  id: string,
  title: string | null,
  previous: string | null,
): { id: string; how: string } {
  const long = `${id}0`;
  if (!getControl(long)) return { id, how: 'value' };
  if (title) {
    const a = titleSimilarity(title, getControl(id)?.title ?? '');
    const b = titleSimilarity(title, getControl(long)?.title ?? '');
    if (b > a && b >= 0.5) return { id: long, how: `title "${title}"` };
    if (a > b && a >= 0.5) return { id, how: `title "${title}"` };
  }
  if (previous) {
    const [pt, pn] = previous.split('.').map(Number);
    const [t, n] = long.split('.').map(Number);
    if (pt === t && pn === n - 1) return { id: long, how: `order (follows ${previous})` };
  }
  return { id, how: 'value' };
}

/** Parts of a dotted id: `9.2.3` → [9, 2, 3]. */
export function idParts(id: string): number[] {
  return id.split('.').map(Number);
}
