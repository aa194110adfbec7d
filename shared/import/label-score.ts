/**
 * One header label scored for one field, or for every field of a kind at once: synonyms equal to
 * the whole label or its last segment, `=x` and `#` last segments, and multi-word synonyms whose
 * words all occur in the label (compounds by their tail). Each spec's synonyms are compiled once
 * and a kind's multi-word synonyms indexed by first word, so a label looks up its own words.
 */
import { foldText, tokens } from './normalize-text';
import type { FieldSpec } from './synonyms';

function hasMarker(words: readonly string[], markers: readonly string[]): boolean {
  return words.some((w) => markers.some((m) => w === m || (m.length >= 4 && w.startsWith(m))));
}

export type LabelInfo = {
  readonly words: string[];
  readonly folded: string;
  readonly last: string;
  readonly lastRaw: string;
  /** The label's words, and every tail of 6+ letters of them (for compound matches). */
  readonly wordSet: ReadonlySet<string>;
  readonly tails: ReadonlySet<string>;
};

function analyse(label: string): LabelInfo {
  const segments = label.split(' / ');
  const lastRaw = segments[segments.length - 1].trim();
  const words = tokens(label);
  const tails = new Set<string>();
  for (const w of words) for (let i = 0; i + 6 <= w.length; i++) tails.add(w.slice(i));
  return {
    words,
    folded: foldText(label),
    last: foldText(lastRaw),
    lastRaw,
    wordSet: new Set(words),
    tails,
  };
}

/**
 * A label word matches a synonym word when equal or, for 6+ letters, as a compound's tail:
 * `syn` is one of the words, or (6+ letters) one of their tails.
 */
function hasWord(info: LabelInfo, syn: string): boolean {
  return info.wordSet.has(syn) || (syn.length >= 6 && info.tails.has(syn));
}

/** A spec's synonyms sorted by how they match, each multi-word synonym split once. */
type CompiledSpec = {
  /** `=x` synonyms (without the `=`): a last segment exactly `x`. */
  readonly exact: ReadonlySet<string>;
  readonly hash: boolean;
  readonly plain: ReadonlySet<string>;
  readonly split: readonly (readonly string[])[];
};

const compiledSpecs = new WeakMap<FieldSpec, CompiledSpec>();

function compiled(spec: FieldSpec): CompiledSpec {
  let k = compiledSpecs.get(spec);
  if (!k) {
    const plain = spec.syn.filter((x) => !x.startsWith('=') && x !== '#');
    k = {
      exact: new Set(spec.syn.filter((x) => x.startsWith('=')).map((x) => x.slice(1))),
      hash: spec.syn.includes('#'),
      plain: new Set(plain),
      split: plain.map((x) => x.split(' ')),
    };
    compiledSpecs.set(spec, k);
  }
  return k;
}

/** Header texts longer than this are prose (instructions, a description), never a header. */
export const MAX_LABEL = 160;

/** 0–1 score of one label for one field. Labels are `Parent / Child` for multi-row headers. */
export function scoreField(label: string, spec: FieldSpec): number {
  return label.length > MAX_LABEL ? 0 : scoreInfo(analyse(label), spec);
}

/**
 * The best of: 1 for a synonym equal to the whole label, 0.95 to its last segment, 0.9 for a
 * `=x` or `#` last segment, and for a synonym whose words all occur in the label, less the more
 * other words the label has (`word`: the best such score before `avoid`, 0 when none).
 */
function scoreWith(info: LabelInfo, spec: FieldSpec, word: number): number {
  const { words, folded, last, lastRaw } = info;
  if (words.length === 0 && lastRaw !== '#') return 0;
  if (spec.requires && !hasMarker(words, spec.requires)) return 0;
  if (spec.excludes && hasMarker(words, spec.excludes)) return 0;
  const k = compiled(spec);
  if (k.plain.has(folded)) return 1;
  let best = 0;
  if (k.exact.has(last) || (k.hash && lastRaw === '#')) best = 0.9;
  if (k.plain.has(last)) best = 0.95;
  // `avoid` lowers every word match of the spec alike: it applies to their best.
  return word > 0 ? Math.max(best, adjust(word, words, spec)) : best;
}

function wordScore(info: LabelInfo, sw: readonly string[]): number {
  return 0.5 + (0.4 * sw.length) / Math.max(info.words.length, sw.length);
}

function scoreInfo(info: LabelInfo, spec: FieldSpec): number {
  let word = 0;
  for (const sw of compiled(spec).split)
    if (sw.every((s) => hasWord(info, s))) word = Math.max(word, wordScore(info, sw));
  return scoreWith(info, spec, word);
}

/** A kind's multi-word synonyms by first word: a label looks up its own words, not every synonym. */
type KindIndex = ReadonlyMap<string, readonly { j: number; sw: readonly string[] }[]>;
const kindIndexes = new WeakMap<readonly FieldSpec[], KindIndex>();

function kindIndex(specs: readonly FieldSpec[]): KindIndex {
  let idx = kindIndexes.get(specs);
  if (!idx) {
    const m = new Map<string, { j: number; sw: readonly string[] }[]>();
    specs.forEach((spec, j) => {
      for (const sw of compiled(spec).split) {
        const list = m.get(sw[0]);
        if (list) list.push({ j, sw });
        else m.set(sw[0], [{ j, sw }]);
      }
    });
    kindIndexes.set(specs, m);
    idx = m;
  }
  return idx;
}

/** scoreInfo for every spec of a kind at once, the word matches found through the index. */
export function scoreAll(info: LabelInfo, specs: readonly FieldSpec[]): number[] {
  const idx = kindIndex(specs);
  const word = specs.map(() => 0);
  // The first word matches as one of the label's words, or (6+ letters) as a tail of one.
  for (const keys of [info.wordSet, info.tails])
    for (const key of keys)
      for (const { j, sw } of idx.get(key) ?? [])
        if (sw.every((s) => hasWord(info, s))) word[j] = Math.max(word[j], wordScore(info, sw));
  return specs.map((spec, j) => scoreWith(info, spec, word[j]));
}

function adjust(score: number, words: readonly string[], spec: FieldSpec): number {
  return spec.avoid && hasMarker(words, spec.avoid) ? score - 0.25 : score;
}

const infos = new Map<string, LabelInfo>();

/** A label analysed once for all kinds (the header search scores it for each). */
export function analysed(header: string): LabelInfo {
  let info = infos.get(header);
  if (info === undefined) {
    if (infos.size > 20_000) infos.clear();
    info = analyse(header);
    infos.set(header, info);
  }
  return info;
}
