/** Header label → canonical field, by synonyms, with a confidence per mapping. */
import { columnNumber } from '../grid/address';
import { FIELD_SPECS } from './synonyms';
import { analysed, MAX_LABEL, scoreAll } from './label-score';
import type { TableKind } from './kind-tables';
import type { ColumnMapping, UnmappedColumn } from './types';

export { scoreField } from './label-score';

/** `alts`: longer readings of a header cell written over several lines (title, then hints). */
export type HeaderLabel = {
  readonly column: string;
  readonly header: string;
  readonly alts?: readonly string[];
};

export type ColumnMatch = {
  readonly columns: ColumnMapping[];
  readonly unmapped: UnmappedColumn[];
  readonly score: number;
};

/** Minimum confidence for a header-based mapping. */
export const MIN_CONFIDENCE = 0.55;

/**
 * Assigns each field at most one column and each column at most one field, best scores first
 * (ties: leftmost column). Returns the mappings, the unmapped labelled columns and the total score.
 */
export function mapColumns(labels: readonly HeaderLabel[], kind: TableKind): ColumnMatch {
  const specs = FIELD_SPECS[kind];
  const cands: { i: number; key: string; s: number }[] = [];
  labels.forEach((l, i) => {
    if (l.header === '') return;
    const alts = (l.alts ?? []).map((a) => labelScores(kind, a));
    labelScores(kind, l.header).forEach((own, j) => {
      const s = Math.max(own, ...alts.map((a) => a[j]));
      if (s >= MIN_CONFIDENCE) cands.push({ i, key: specs[j].key, s });
    });
  });
  cands.sort((a, b) => b.s - a.s || a.i - b.i);
  const usedCol = new Set<number>();
  const usedKey = new Set<string>();
  const columns: ColumnMapping[] = [];
  let score = 0;
  for (const c of cands) {
    if (usedCol.has(c.i) || usedKey.has(c.key)) continue;
    usedCol.add(c.i);
    usedKey.add(c.key);
    score += c.s;
    columns.push({
      column: labels[c.i].column,
      header: labels[c.i].header,
      field: c.key,
      confidence: round2(c.s),
      evidence: `header "${labels[c.i].header}"`,
    });
  }
  const unmapped = labels.filter((_, i) => !usedCol.has(i) && labels[i].header.trim() !== '');
  columns.sort((a, b) => columnNumber(a.column) - columnNumber(b.column));
  return { columns, unmapped, score };
}

const cache = new Map<string, readonly number[]>();

/** Scores of one label for every field of a kind, memoised: header search meets the same labels often. */
function labelScores(kind: TableKind, header: string): readonly number[] {
  const k = `${kind}\u0000${header}`;
  let s = cache.get(k);
  if (s === undefined) {
    if (cache.size > 20_000) cache.clear();
    const info = header.length > MAX_LABEL ? null : analysed(header);
    s = info ? scoreAll(info, FIELD_SPECS[kind]) : FIELD_SPECS[kind].map(() => 0);
    cache.set(k, s);
  }
  return s;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
