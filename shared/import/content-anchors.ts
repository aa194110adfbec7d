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
  return out;
}
