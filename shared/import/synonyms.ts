/**
 * Header synonyms per canonical field, assembled from the language files (`locales/`) over the
 * field shapes (`field-shapes.ts`), every word folded (lower case, no accents).
 *
 * Matching (see match-header.ts): a synonym equal to the whole label or to its last segment
 * scores highest; a synonym whose words all occur in the label scores less the more other words
 * the label has. `=x` matches only a last segment that is exactly `x` (single letters C/I/A).
 * `requires`: one of these words must occur; `excludes`: none may occur (a word matches a marker
 * when equal to it or, for markers of 4+ letters, when it starts with it: German compounds).
 */
import { FIELD_SHAPES, type FieldShape } from './field-shapes';
import { LOCALES, type LocaleKind } from './locales';
import { foldText } from './normalize-text';

export type FieldSpec = {
  readonly key: string;
  readonly syn: readonly string[];
  readonly requires?: readonly string[];
  readonly excludes?: readonly string[];
  /** Words that make a column a worse candidate (`Risk Rating (Icon)` for a text rating). */
  readonly avoid?: readonly string[];
};

/** `#` and `=c` keep their punctuation; every other word is folded like a header. */
function fold(word: string): string {
  return word === '#' || word.startsWith('=') ? word.toLowerCase() : foldText(word);
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words.map(fold).filter((w) => w !== ''))];
}

/** Words that mark a residual (after treatment) column, in every language. */
export const RESIDUAL: readonly string[] = unique(LOCALES.flatMap((l) => l.residual ?? []));

function wordsOf(kind: LocaleKind, key: string): string[] {
  return LOCALES.flatMap((l) => l.headers[kind]?.[key] ?? []);
}

function excludesOf(kind: LocaleKind, s: FieldShape): string[] {
  const extra = LOCALES.flatMap((l) => l.excludes?.[kind]?.[s.key] ?? []);
  return unique([...(s.residual === 'never' ? RESIDUAL : []), ...(s.excludes ?? []), ...extra]);
}

function specOf(kind: LocaleKind, s: FieldShape): FieldSpec {
  const syn = unique([...(s.group ? wordsOf(kind, s.group) : []), ...wordsOf(kind, s.key)]);
  const excludes = excludesOf(kind, s);
  return {
    key: s.key,
    syn,
    ...(s.residual === 'only' ? { requires: RESIDUAL } : {}),
    ...(excludes.length ? { excludes } : {}),
    ...(s.avoid ? { avoid: unique(s.avoid) } : {}),
  };
}

export const FIELD_SPECS: Readonly<Record<LocaleKind, readonly FieldSpec[]>> = {
  risks: FIELD_SHAPES.risks.map((s) => specOf('risks', s)),
  soa: FIELD_SHAPES.soa.map((s) => specOf('soa', s)),
  assets: FIELD_SHAPES.assets.map((s) => specOf('assets', s)),
  clauses: FIELD_SHAPES.clauses.map((s) => specOf('clauses', s)),
  findings: FIELD_SHAPES.findings.map((s) => specOf('findings', s)),
};
