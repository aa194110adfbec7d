/** Header matching for canonical tables: case-, space- and punctuation-of-whitespace-insensitive. */
import type { Cell } from '../grid/grid';
import { asText } from '../grid/cell';

export type ColumnSpec = { readonly key: string; readonly header: string };

/** `"Risk  owner "` → `riskowner`: lower case, no whitespace (NBSP included). */
export function normalizeHeader(v: Cell | undefined): string {
  const t = asText(v);
  return t === null ? '' : t.toLowerCase().replace(/[\s\u00a0]+/g, '');
}

/**
 * Index of each spec column within `headers` (by normalised text), and the specs not found.
 * The first matching header wins when a header repeats.
 */
export function matchHeaders(
  headers: readonly Cell[],
  specs: readonly ColumnSpec[],
): { readonly index: ReadonlyMap<string, number>; readonly missing: readonly ColumnSpec[] } {
  const norm = headers.map(normalizeHeader);
  const index = new Map<string, number>();
  const missing: ColumnSpec[] = [];
  for (const s of specs) {
    const i = norm.indexOf(normalizeHeader(s.header));
    if (i >= 0) index.set(s.key, i);
    else missing.push(s);
  }
  return { index, missing };
}

/** How many of `specs` appear in `headers`. */
export function countMatches(headers: readonly Cell[], specs: readonly ColumnSpec[]): number {
  return matchHeaders(headers, specs).index.size;
}
