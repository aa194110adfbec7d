/**
 * Who may accept a residual risk (6.1.3 f): the risk owner, or top management (5.1, 5.3) —
 * read from the titles people write in "Accepted By".
 */
import { foldText } from './fold-text';

const TOP =
  /\b(ceo|coo|cfo|cto|cio|ciso|chief|board|president|managing director|md|executive|top management|senior management|management board|general manager|director|owner|partner|vorstand|geschaftsfuhrer|geschaftsfuhrung|direction generale|pdg|directeur|director general)\b/;

export function isTopManagement(who: string): boolean {
  return TOP.test(foldText(who));
}

/** True when two names denote the same person or role (case, accents, punctuation ignored). */
export function samePerson(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  return x !== '' && (x === y || x.includes(y) || y.includes(x));
}
