/**
 * The content signals that can anchor a table without a header: a column of Annex A ids, of
 * clause numbers, a scored triple (or two scale validation lists), finding types. Each says how
 * many records it covers, how to spot its first record, and its evidence sentence.
 */
import { asText } from '../grid/cell';
import { findClause } from '../catalog/clauses';
import { readControlId } from './control-id';
import { readFindingType } from './value-words';
import type { ColumnProfile } from './column-profile';
import { annexEvidence, annexIdColumn, clauseIdColumn } from './content-fields';
import type { TableKind } from './kind-tables';
import { findScoreTriples, tripleEvidence } from './score-columns';
import type { SheetView } from './sheet-view';
import { scalePairs } from './list-vocabulary';
import { sharedNumbersEvidence, sharedNumbersKind } from './clause-or-control';
import { columnLetter } from '../grid/address';

/** `count`: the records the signal covers (the strongest signal is tried first). */
export type Anchor = {
  kind: TableKind;
  col: number;
  count: number;
  test: (r: number) => boolean;
  evidence: string;
};

/** Row r's cell in the profiled column is one of its validation list's values (a record). */
function inList(v: SheetView, p: ColumnProfile): (r: number) => boolean {
  const values = new Set((p.validation ?? []).map((x) => x.toLowerCase()));
  return (r) => values.has((asText(v.get(r, p.col)) ?? '').toLowerCase());
}

export function anchors(v: SheetView, profiles: readonly ColumnProfile[]): Anchor[] {
  const out: Anchor[] = [];
  const annex = annexIdColumn(profiles);
  const clause = clauseIdColumn(profiles);
  const numeric = (c: number) => (r: number) => typeof v.get(r, c) === 'number';
  const cell = (r: number, c: number) => v.displayText(r, c) ?? v.get(r, c);
  const annexAt = (c: number) => (r: number) => {
    const x = cell(r, c);
    return (typeof x === 'string' || typeof x === 'number') && readControlId(x) !== null;
  };
  const clauseAt = (c: number) => (r: number) => findClause(asText(cell(r, c)) ?? '') !== null;
  if (annex)
    out.push({
      kind: 'soa',
      col: annex.col,
      count: annex.annex2022 + annex.annex2013,
      test: annexAt(annex.col),
      evidence: annexEvidence(annex),
    });
  if (clause)
    out.push({
      kind: 'clauses',
      col: clause.col,
      count: clause.clauseIds,
      test: clauseAt(clause.col),
      evidence: `column ${clause.letter}: ${clause.clauseIds} of ${clause.filled} cells are clause numbers 4–10`,
    });
  const { inherent } = findScoreTriples(profiles);
  if (inherent)
    out.push({
      kind: 'risks',
      col: inherent.score.col,
      count: inherent.matched,
      test: numeric(inherent.likelihood.col),
      evidence: tripleEvidence(inherent),
    });
  const scales = scalePairs(profiles.filter((p) => p.filled >= 3))[0] ?? [];
  if (!inherent && scales.length === 2)
    out.push({
      kind: 'risks',
      col: scales[0].col,
      count: Math.min(scales[0].filled, scales[1].filled),
      test: inList(v, scales[0]),
      evidence: `columns ${scales[0].letter} and ${scales[1].letter}: data-validation lists of one scale (${(scales[0].validation ?? []).join(' / ')})`,
    });
  const types = profiles.find(
    (p) =>
      (p.findingType >= 3 && p.findingType >= 0.6 * p.filled) ||
      (p.list === 'findingType' && p.filled >= 3),
  );
  if (types)
    out.push({
      kind: 'findings',
      col: types.col,
      count: types.findingType,
      test:
        types.list === 'findingType'
          ? inList(v, types)
          : (r: number) => readFindingType(v.get(r, types.col)) !== null,
      evidence:
        types.list === 'findingType'
          ? `column ${types.letter}: data-validation list ${(types.validation ?? []).join(' / ')}`
          : `column ${types.letter}: ${types.findingType} of ${types.filled} cells are finding types`,
    });
  return byTitles(v, out, { soa: annexAt, clauses: clauseAt });
}

/**
 * An id anchor on a column of numbers that clauses and controls share (5.1 … 8.3) becomes what
 * the row titles name; the other kind's anchor on the same column is dropped.
 */
function byTitles(
  v: SheetView,
  found: readonly Anchor[],
  tests: Readonly<Record<'soa' | 'clauses', (c: number) => (r: number) => boolean>>,
): Anchor[] {
  const out: Anchor[] = [];
  for (const a of found) {
    const verdict =
      a.kind === 'soa' || a.kind === 'clauses'
        ? sharedNumbersKind(v, a.col, v.top, v.bottom)
        : null;
    const kind = verdict ?? a.kind;
    if (out.some((x) => x.kind === kind && x.col === a.col)) continue;
    if (!verdict || verdict === a.kind) out.push(a);
    else
      out.push({
        ...a,
        kind: verdict,
        test: tests[verdict](a.col),
        evidence: sharedNumbersEvidence(columnLetter(a.col), verdict),
      });
  }
  return out;
}
