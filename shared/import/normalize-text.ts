/** Text folding for header and value matching across languages (Latin and Greek scripts). */
import { asciiFold } from '../vocabulary/ascii-fold';
import { unicodeFold } from '../vocabulary/fold-text';

/** Letters NFD does not decompose (Polish ł, Turkish ı, German ß, Nordic ø/æ) folded too. */
const LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  đ: 'd',
};

/** Lower case, no accents, punctuation as spaces (see vocabulary/fold-text.ts), plus LETTERS. */
export function foldText(s: string): string {
  const ascii = asciiFold(s);
  if (ascii !== null) return ascii;
  const t = unicodeFold(s);
  return /[łıßøæđ]/.test(t) ? t.replace(/[łıßøæđ]/g, (c) => LETTERS[c]) : t;
}

/** Folded words, numbers dropped (`Likelihood (1–5)` → `['likelihood']`). */
export function tokens(s: string): string[] {
  return foldText(s)
    .split(' ')
    .filter((t) => t !== '' && !/^\d+$/.test(t));
}

/** Token-set similarity of two titles, 0–1 (Dice coefficient over words of 3+ letters). */
export function titleSimilarity(a: string, b: string): number {
  const ta = new Set(tokens(a).filter(isContentWord));
  const tb = new Set(tokens(b).filter(isContentWord));
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta)
    if (tb.has(t) || (t.endsWith('s') && tb.has(t.slice(0, -1))) || tb.has(`${t}s`)) common++;
  return (2 * common) / (ta.size + tb.size);
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'des',
  'les',
  'der',
  'die',
  'das',
  'und',
  'del',
  'los',
  'las',
  'dos',
  'par',
  'aux',
  'une',
]);

function isContentWord(t: string): boolean {
  return t.length > 2 && !STOP.has(t);
}
