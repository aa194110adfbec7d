/**
 * Yes/No cells — SoA Applicable (6.1.3 d), a finding's effectiveness verified — as people write
 * them: six languages, ticks and crosses, `Applicable` / `Not applicable`, booleans. One
 * vocabulary for the canonical parser (whole values) and the importer (also "No – reason").
 */
import type { Cell } from '../grid/grid';
import { asText } from '../grid/cell';
import { foldText } from './fold-text';
import type { MatchMode } from './match';

/**
 * Tick marks: ✓ ✔ ☑ ■ ▪ • x X and the Greek capital chi Χ (U+03A7) — and a lone `n`, which is
 * what a Wingdings ■ is stored as (only read as a mark where the column has no "yes" values).
 */
const MARKS = new Set(['✓', '✔', '☑', '✅', '■', '▪', '•', '●', 'x', 'χ', 'ü', 'þ']);
const CROSSES = new Set(['✗', '✘']);

export function isTickMark(text: string, wingdingsN = false): boolean {
  const t = text.trim().toLowerCase();
  return MARKS.has(t) || (wingdingsN && t === 'n');
}

// prettier-ignore
const YES = new Set(['yes', 'y', 'oui', 'o', 'ja', 'j', 'si', 'sim', 's', 'ναι', 'true', 'applicable', 'included', 'include', 'in scope', 'selected', 'anwendbar', 'aplicable', 'aplicavel', 'εφαρμοζεται', '1']);
// prettier-ignore
const NO = new Set(['no', 'n', 'non', 'nein', 'nao', 'οχι', 'false', 'not applicable', 'n a', 'na', 'excluded', 'exclude', 'out of scope', 'nicht anwendbar', 'no aplicable', 'nao aplicavel', 'non applicable', '0', 'ne s applique pas']);

/**
 * Yes/No in six languages, ticks and crosses, booleans → boolean; null when blank or unreadable.
 * `wingdingsN`: a lone `n` is a Wingdings tick (the importer decides that per column).
 * `match` defaults to `leading`: "No – not relevant" reads as No.
 */
export function parseApplicable(
  v: Cell | undefined,
  opts: { wingdingsN?: boolean; match?: MatchMode } = {},
): boolean | null {
  if (typeof v === 'boolean') return v;
  const text = asText(v);
  if (text === null) return null;
  if (isTickMark(text, opts.wingdingsN)) return true;
  if (CROSSES.has(text)) return false;
  const f = foldText(text);
  if (YES.has(f)) return true;
  if (NO.has(f)) return false;
  if ((opts.match ?? 'leading') === 'whole') return null;
  if (/^(yes|oui|ja|si|sim|ναι)(?:\s|$)/.test(f)) return true;
  if (/^(no|non|nein|nao|οχι)(?:\s|$)/.test(f)) return false;
  return null;
}

/** The canonical parser's reading: whole values only (tblSoA Applicable, tblFindings Effectiveness Verified). */
export function parseYesNo(v: Cell | undefined): boolean | null {
  return parseApplicable(v, { match: 'whole' });
}
