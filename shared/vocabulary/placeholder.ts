/**
 * Text that fills a cell without saying anything: "N/A", "TBD", "-", "see above". An auditor
 * reads such a justification as no justification (6.1.3 d).
 */
import { foldText } from './fold-text';

const PLACEHOLDERS = new Set([
  '',
  'na',
  'n a',
  'n/a',
  'nil',
  'none',
  'tbd',
  'tbc',
  'tba',
  'todo',
  'to do',
  'to be defined',
  'to be confirmed',
  'to be completed',
  'see above',
  'as above',
  'ditto',
  'same',
  'same as above',
  'idem',
  'x',
  'yes',
  'no',
  'ok',
  'not applicable',
  'applicable',
  'excluded',
  'included',
  'required',
  'not required',
  'nicht anwendbar',
  'non applicable',
  'no aplica',
]);

/** True when `text` is a placeholder (punctuation-only text such as "-", "?" or "..." included). */
export function isPlaceholder(text: string | null): boolean {
  if (text === null) return false;
  return PLACEHOLDERS.has(foldText(text));
}
