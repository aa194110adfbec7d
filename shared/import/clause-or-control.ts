/**
 * Numbers such as 5.1 … 8.3 are both ISO/IEC 27001 clauses and 2022 Annex A controls. When a
 * column holds only such shared numbers, the titles on the rows decide: "Leadership and
 * commitment" next to 5.1 is the clause, "Policies for information security" the control.
 */
import { asText } from '../grid/cell';
import { findClause } from '../catalog/clauses';
import { getControl } from '../catalog/find-control';
import { readControlId } from './control-id';
import { titleSimilarity } from './normalize-text';
import type { SheetView } from './sheet-view';

const SAMPLE = 300;
const MIN_SIMILARITY = 0.5;

/** Rows of `col` whose titles name the clause vs the control that the shared number stands for. */
function votes(v: SheetView, col: number, first: number, last: number) {
  let soa = 0;
  let clauses = 0;
  for (let r = first; r <= Math.min(last, first + SAMPLE - 1); r++) {
    const x = v.displayText(r, col) ?? v.get(r, col);
    if (typeof x !== 'string' && typeof x !== 'number') continue;
    const id = readControlId(x)?.id;
    const clause = findClause(asText(x) ?? '');
    const control = id ? getControl(id) : undefined;
    if (!control || !clause || clause.id !== id) continue;
    let toClause = 0;
    let toControl = 0;
    for (let c = v.left; c <= Math.min(v.right, v.left + 40); c++) {
      const t = c === col ? null : v.get(r, c);
      if (typeof t !== 'string' || t.length > 200) continue;
      toClause = Math.max(toClause, titleSimilarity(t, clause.title));
      toControl = Math.max(toControl, titleSimilarity(t, control.title));
    }
    if (Math.max(toClause, toControl) < MIN_SIMILARITY || toClause === toControl) continue;
    if (toClause > toControl) clauses++;
    else soa++;
  }
  return { soa, clauses };
}

/** What the titles make of a column of shared numbers: `soa`, `clauses`, or null (no verdict). */
export function sharedNumbersKind(
  v: SheetView,
  col: number,
  first: number,
  last: number,
): 'soa' | 'clauses' | null {
  const { soa, clauses } = votes(v, col, first, last);
  if (soa >= 2 && soa > 2 * clauses) return 'soa';
  if (clauses >= 2 && clauses > 2 * soa) return 'clauses';
  return null;
}

/** `column A: the titles of 9 rows name the controls, not the clauses` (the vote as evidence). */
export function sharedNumbersEvidence(letter: string, kind: 'soa' | 'clauses'): string {
  return kind === 'soa'
    ? `column ${letter}: numbers shared by clauses and controls, and the row titles name the Annex A controls`
    : `column ${letter}: numbers shared by clauses and controls, and the row titles name the clauses`;
}
