/**
 * How a vocabulary is matched against a folded cell. `whole`: the cell is one of the words (the
 * canonical parser: a status column holds a status, and "Six-monthly review" is not "Si[m]").
 * `leading`: the cell begins with one of them ("Teilweise umgesetzt", "Non mis en place — 2025"),
 * which the importer needs for free-form registers.
 */
export type MatchMode = 'whole' | 'leading';

/**
 * True when the folded text is, or (leading) starts with, one of the folded words. A leading word
 * must end at a word boundary: "Jana Nováková" does not begin with "ja", nor "Production" with "p".
 */
export function matchesWord(folded: string, words: readonly string[], mode: MatchMode): boolean {
  if (mode === 'whole') return words.includes(folded);
  return words.some((w) => folded.startsWith(w) && endsWord(folded, w.length));
}

/** The text ends at `at` or the character there is not a letter or digit (a word ends). */
function endsWord(text: string, at: number): boolean {
  return at >= text.length || !/[\p{L}\p{N}]/u.test(text[at]);
}
