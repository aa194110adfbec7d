/** Text folding for matching what people write, across languages (Latin and Greek scripts). */

/** Lower case, accents and diacritics removed, punctuation turned into spaces, spaces collapsed. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
