/** Header label → canonical field, by synonyms, with a confidence per mapping. */
import { columnNumber } from '../grid/address';
import { foldText, tokens } from './normalize-text';
import { FIELD_SPECS, type FieldSpec } from './synonyms';
import type { TableKind } from './kind-tables';
import type { ColumnMapping, UnmappedColumn } from './types';

/** `alts`: longer readings of a header cell written over several lines (title, then hints). */
export type HeaderLabel = {
  readonly column: string;
  readonly header: string;
  readonly alts?: readonly string[];
};

function hasMarker(words: readonly string[], markers: readonly string[]): boolean {
  return words.some((w) => markers.some((m) => w === m || (m.length >= 4 && w.startsWith(m))));
}

/** A label word matches a synonym word when equal or, for 6+ letters, as a compound's tail. */
function wordMatches(word: string, syn: string): boolean {
  return word === syn || (syn.length >= 6 && word.endsWith(syn));
}

type LabelInfo = {
  readonly words: string[];
  readonly folded: string;
  readonly last: string;
  readonly lastRaw: string;
};

function analyse(label: string): LabelInfo {
  const segments = label.split(' / ');
  const lastRaw = segments[segments.length - 1].trim();
  return { words: tokens(label), folded: foldText(label), last: foldText(lastRaw), lastRaw };
}

/** Header texts longer than this are prose (instructions, a description), never a header. */
const MAX_LABEL = 160;

/** 0–1 score of one label for one field. Labels are `Parent / Child` for multi-row headers. */
export function scoreField(label: string, spec: FieldSpec): number {
  return label.length > MAX_LABEL ? 0 : scoreInfo(analyse(label), spec);
}

function scoreInfo(info: LabelInfo, spec: FieldSpec): number {
  const { words, folded, last, lastRaw } = info;
  if (words.length === 0 && lastRaw !== '#') return 0;
  if (spec.requires && !hasMarker(words, spec.requires)) return 0;
  if (spec.excludes && hasMarker(words, spec.excludes)) return 0;
  let best = 0;
  for (const syn of spec.syn) {
    if (syn.startsWith('=')) {
      if (last === syn.slice(1)) best = Math.max(best, 0.9);
      continue;
    }
    if (syn === '#') {
      if (lastRaw === '#') best = Math.max(best, 0.9);
      continue;
    }
    if (folded === syn) return 1;
    if (last === syn) best = Math.max(best, 0.95);
    const sw = syn.split(' ');
    if (sw.every((s) => words.some((w) => wordMatches(w, s)))) {
      best = Math.max(
        best,
        adjust(0.5 + (0.4 * sw.length) / Math.max(words.length, sw.length), words, spec),
      );
    }
  }
  return best;
}

function adjust(score: number, words: readonly string[], spec: FieldSpec): number {
  return spec.avoid && hasMarker(words, spec.avoid) ? score - 0.25 : score;
}

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
    const info = header.length > MAX_LABEL ? null : analyse(header);
    s = FIELD_SPECS[kind].map((spec) => (info ? scoreInfo(info, spec) : 0));
    cache.set(k, s);
  }
  return s;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
