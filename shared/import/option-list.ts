/**
 * A template cell that lists the answers it expects instead of giving one: `C / P / N`,
 * `Yes/No`, `Implemented | Partial | Not implemented`. The cell is blank as data, but it names
 * the column's vocabulary as surely as a validation list does.
 */
import type { Cell } from '../grid/grid';
import { asText } from '../grid/cell';
import { parseClauseStatus } from '../vocabulary/clause-status';
import { readImplementation, readYesNo } from './value-words';

export type OptionVocabulary = 'conformance' | 'yesNo' | 'implementation';

/** Which vocabulary the options listed in the cell all belong to (null: not an option list). */
export function readOptionList(value: Cell): OptionVocabulary | null {
  const t = asText(value);
  if (t === null || t.length > 80) return null;
  const parts = t
    .split(/\s*[/|]\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 5) return null;
  const all = (test: (p: string) => boolean) => parts.every(test);
  const distinct = <T>(read: (p: string) => T | null) =>
    new Set(parts.map(read).filter((x) => x !== null)).size === parts.length;
  // Each option a different answer: `Yes / No`, not `Yes / yes`.
  if (all((p) => readYesNo(p) !== null) && distinct(readYesNo)) return 'yesNo';
  if (all((p) => parseClauseStatus(p, { match: 'whole' }) !== null) && distinct(whole))
    return 'conformance';
  if (all((p) => readImplementation(p) !== null) && distinct(readImplementation))
    return 'implementation';
  return null;
}

const whole = (p: string) => parseClauseStatus(p, { match: 'whole' });
