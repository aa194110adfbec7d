/**
 * Implementation status of an Annex A control (SoA, 6.1.3 d) as people write it: six languages,
 * Yes/No, ticks and traffic-light emoji. One vocabulary for the canonical parser (whole values)
 * and the importer (leading words).
 */
import type { Cell } from '../grid/grid';
import type { ImplementationStatus } from '../model/types';
import { asText } from '../grid/cell';
import { foldText } from './fold-text';
import { matchesWord, type MatchMode } from './match';

/** Folded words per status, tried in this order (partial before implemented: "partially implemented"). */
// prettier-ignore
const WORDS: readonly (readonly [ImplementationStatus, readonly string[]])[] = [
  ['Partially implemented', ['partial', 'partly', 'partially', 'partially implemented', 'in progress', 'ongoing', 'en cours', 'partiel', 'partiellement', 'teilweise', 'teilweise umgesetzt', 'teilweise implementiert', 'partiellement mis en place', 'partiellement implemente', 'parcialmente implementado', 'parcialmente implantado', 'in umsetzung', 'in bearbeitung', 'parcial', 'parcialmente', 'en progreso', 'em curso', 'em progresso', 'μερικωσ', 'εν μερει']],
  ['Not implemented', ['not implemented', 'not started', 'no', 'non', 'nein', 'nao', 'none', 'missing', 'absent', 'non mis en place', 'non implemente', 'nicht umgesetzt', 'nicht implementiert', 'no implementado', 'nao implementado', 'οχι', 'δεν']],
  ['Planned', ['planned', 'to do', 'todo', 'scheduled', 'prevu', 'planifie', 'a faire', 'geplant', 'planificado', 'previsto', 'planeado', 'planejado', 'προγραμματισμενο']],
  ['Implemented', ['implemented', 'fully implemented', 'done', 'complete', 'completed', 'in place', 'operational', 'yes', 'oui', 'ja', 'si', 'sim', 'ναι', 'mis en place', 'en place', 'implemente', 'mise en oeuvre', 'umgesetzt', 'implementiert', 'implementado', 'implantado', 'υλοποιημενο', 'υλοποιηθηκε', 'εφαρμοζεται']],
];

/**
 * Status words (six languages), Yes/No, ticks and emoji ✅ ⚠️ ❌ → canonical status; null when
 * blank or unreadable. `match` defaults to `leading` (the importer's reading).
 */
export function parseImplementation(
  v: Cell | undefined,
  opts: { match?: MatchMode } = {},
): ImplementationStatus | null {
  const t = asText(v);
  if (t === null) return null;
  if (t.startsWith('✅') || t === '✔' || t === '✓') return 'Implemented';
  if (t.startsWith('⚠') || t.startsWith('🟡') || t.startsWith('🟠')) return 'Partially implemented';
  if (t.startsWith('❌') || t.startsWith('✖') || t === '✗' || t.startsWith('🔴'))
    return 'Not implemented';
  const f = foldText(t);
  const mode = opts.match ?? 'leading';
  for (const [status, words] of WORDS) if (matchesWord(f, words, mode)) return status;
  return null;
}
