/** Text folding for matching what people write, across languages (Latin and Greek scripts). */
import { asciiFold } from './ascii-fold';

/**
 * Lower case, accents and diacritics removed, punctuation turned into spaces, spaces collapsed.
 * Plain ASCII text (most cells) takes asciiFold's path, which gives the same result.
 */
export function foldText(s: string): string {
  return asciiFold(s) ?? unicodeFold(s);
}

/** foldText for any text: NFD, marks removed, final sigma as sigma, non-letters as spaces. */
export function unicodeFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
