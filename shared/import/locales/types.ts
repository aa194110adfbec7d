/**
 * The shape of one import language: the header words people write for each canonical field and
 * the value words they put in the cells. Adding a language is one file of this shape plus its
 * test; `index.ts` lists the files. Words are written naturally (accents, capitals): they are
 * folded when the specs are built.
 */

/** The kinds whose headers a locale names (`findings` = internal audit / nonconformity registers). */
export type LocaleKind = 'risks' | 'soa' | 'assets' | 'clauses' | 'findings';

/**
 * Header synonyms per canonical field key. Risk registers also take four shared groups that
 * several fields reuse: `@likelihood`, `@impact`, `@score` and `@rating` (a residual likelihood
 * is a likelihood header plus a residual marker).
 */
export type HeaderWords = Readonly<Record<string, readonly string[]>>;

/** Cell values with a meaning the import understands (applicability, implementation, finding type). */
export type ValueWords = {
  readonly yes?: readonly string[];
  readonly no?: readonly string[];
  readonly implemented?: readonly string[];
  readonly partial?: readonly string[];
  readonly notImplemented?: readonly string[];
  readonly majorNc?: readonly string[];
  readonly minorNc?: readonly string[];
  readonly observation?: readonly string[];
  readonly improvement?: readonly string[];
};

export type Locale = {
  /** ISO 639-1 code. */
  readonly code: string;
  /** English name of the language. */
  readonly name: string;
  readonly headers: { readonly [K in LocaleKind]?: HeaderWords };
  /** Words that mark a residual (after treatment) column. */
  readonly residual?: readonly string[];
  /** Extra words that keep a header away from a field (per kind and field key). */
  readonly excludes?: { readonly [K in LocaleKind]?: HeaderWords };
  readonly values?: ValueWords;
};
