/**
 * How a vocabulary is matched against a folded cell. `whole`: the cell is one of the words (the
 * canonical parser: a status column holds a status, and "Six-monthly review" is not "Si[m]").
 * `leading`: the cell begins with one of them ("Teilweise umgesetzt", "Non mis en place — 2025"),
 * which the importer needs for free-form registers.
 */
export type MatchMode = 'whole' | 'leading';

/** True when the folded text is, or (leading) starts with, one of the folded words. */
export function matchesWord(folded: string, words: readonly string[], mode: MatchMode): boolean {
  return mode === 'whole' ? words.includes(folded) : words.some((w) => folded.startsWith(w));
}
