/**
 * Conformance of an ISO/IEC 27001 clause (4–10) as people write it: C/P/N, Compliant / Partially /
 * Non-compliant, Conforme …, emoji. One vocabulary for the canonical parser (whole values) and
 * the importer (which also reads "Partially …" by its leading word).
 */
import type { Cell } from '../grid/grid';
import type { ClauseStatus } from '../model/types';
import { asText } from '../grid/cell';
import { foldText } from './fold-text';
import { parseImplementation } from './implementation-status';
import { matchesWord, type MatchMode } from './match';

/** Folded words per status; `leading`: in leading mode a value starting with a word counts. */
// prettier-ignore
const WORDS: readonly { status: ClauseStatus; leading: boolean; words: readonly string[] }[] = [
  { status: 'Conformant', leading: false, words: ['c', 'conformant', 'conforming', 'compliant', 'conforme', 'konform', 'yes', 'oui', 'ja', 'ναι', 'met'] },
  { status: 'Partial', leading: true, words: ['p', 'partial', 'partially', 'partially compliant', 'partially conformant', 'partiel', 'partiellement conforme', 'teilweise', 'parcial'] },
  { status: 'Nonconformant', leading: false, words: ['n', 'nc', 'nonconformant', 'non conformant', 'nonconforming', 'nonconformity', 'non compliant', 'noncompliant', 'not compliant', 'non conforme', 'nicht konform', 'no conforme', 'nao conforme', 'no', 'non', 'nein', 'οχι'] },
  { status: 'Not assessed', leading: false, words: ['not assessed', 'not yet assessed', 'unknown', 'n a', 'na', 'non evalue', 'nicht bewertet', 'no evaluado'] },
];

/**
 * Clause conformance → canonical status; null when blank, unreadable or the "C / P / N"
 * placeholder. `match` defaults to `leading` (the importer's reading).
 */
export function parseClauseStatus(
  v: Cell | undefined,
  opts: { match?: MatchMode } = {},
): ClauseStatus | null {
  const t = asText(v);
  if (t === null) return null;
  if (/^c\s*\/\s*p\s*\/\s*n$/i.test(t)) return null;
  const impl = /^[✅⚠❌]/u.test(t) ? parseImplementation(t) : null;
  if (impl)
    return impl === 'Implemented'
      ? 'Conformant'
      : impl === 'Not implemented'
        ? 'Nonconformant'
        : 'Partial';
  const f = foldText(t);
  const mode = opts.match ?? 'leading';
  for (const w of WORDS) if (matchesWord(f, w.words, w.leading ? mode : 'whole')) return w.status;
  return null;
}
