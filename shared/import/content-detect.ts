/**
 * A sheet's kind from its cells when no header row named it: a column of Annex A ids makes an
 * SoA (with an applicability or status column) or the reference of an audit findings register,
 * clause numbers 4–10 make a clause checklist, scale columns with their product make a risk
 * register, finding types make a findings register. The header row, if any, is the text row just
 * above the first record; its words still map the columns content does not.
 */
import { asText } from '../grid/cell';
import { columnNumber } from '../grid/address';
import { findClause } from '../catalog/clauses';
import { readControlId } from './control-id';
import { readFindingType } from './value-words';
import { profileColumns, type ColumnProfile } from './column-profile';
import { annexEvidence, annexIdColumn, clauseIdColumn, contentFields } from './content-fields';
import { headerLabels } from './header-block';
import type { TableKind } from './kind-tables';
import { mapColumns, type HeaderLabel } from './match-header';
import { findScoreTriples, tripleEvidence } from './score-columns';
import { filledCount, type SheetView } from './sheet-view';
import type { ColumnMapping } from './types';

export type ContentTable = {
  readonly kind: TableKind;
  readonly top: number;
  readonly bottom: number;
  readonly labels: readonly HeaderLabel[];
  readonly columns: readonly ColumnMapping[];
  readonly reason: string;
};

export type ContentSignals = { readonly found: string[]; readonly missing: string[] };

/** On equal evidence: scored columns are the rarest signal, clause-like numbers the commonest. */
const PRIORITY: readonly TableKind[] = ['risks', 'soa', 'findings', 'clauses'];

/** Rows scanned for a table by content (the data may start far down). */
const SCAN = 2000;

/** `count`: the records the signal covers (the strongest signal is tried first). */
type Anchor = {
  kind: TableKind;
  col: number;
  count: number;
  test: (r: number) => boolean;
  evidence: string;
};

function anchors(v: SheetView, profiles: readonly ColumnProfile[]): Anchor[] {
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
  const types = profiles.find((p) => p.findingType >= 3 && p.findingType >= 0.6 * p.filled);
  if (types)
    out.push({
      kind: 'findings',
      col: types.col,
      count: types.findingType,
      test: (r: number) => readFindingType(v.get(r, types.col)) !== null,
      evidence: `column ${types.letter}: ${types.findingType} of ${types.filled} cells are finding types`,
    });
  return out;
}

/** The nearest text row above the first record (within 3 rows), or none. */
function headerRowAbove(v: SheetView, first: number): number | null {
  for (let r = first - 1; r >= Math.max(v.top, first - 3); r--) {
    let texts = 0;
    for (let c = v.left; c <= v.right; c++) if (typeof v.get(r, c) === 'string') texts++;
    if (texts >= 2 && texts >= filledCount(v, r) - 1) return r;
  }
  return null;
}

export function detectByContent(v: SheetView): {
  table: ContentTable | null;
  signals: ContentSignals;
} {
  const last = Math.min(v.bottom, v.top + SCAN);
  const found = anchors(v, profileColumns(v, v.top, last)).sort(
    (a, b) => b.count - a.count || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind),
  );
  const signals: ContentSignals = { found: found.map((a) => a.evidence), missing: [] };
  for (const a of found) {
    let first = v.top;
    while (first <= last && !a.test(first)) first++;
    const header = headerRowAbove(v, first);
    const top = header ?? first;
    const bottom = header ?? first - 1;
    const labels = header ? headerLabels(v, header, header) : [];
    const profiles = profileColumns(v, bottom + 1, v.bottom);
    const evidence = anchors(v, profiles).find((x) => x.kind === a.kind)?.evidence ?? a.evidence;
    signals.found[found.indexOf(a)] = evidence;
    const headerOf = (l: string) => labels.find((x) => x.column === l)?.header ?? '';
    const byContent = contentFields(a.kind, profiles, [], headerOf);
    const taken = new Set(byContent.map((c) => c.column));
    const byWords = mapColumns(
      labels.filter((l) => !taken.has(l.column)),
      a.kind,
    ).columns.filter((c) => !byContent.some((x) => x.field === c.field));
    const columns = [...byContent, ...byWords].sort(
      (x, y) => columnNumber(x.column) - columnNumber(y.column),
    );
    const lacking = missingFor(a.kind, columns);
    if (lacking) {
      signals.missing.push(lacking);
      continue;
    }
    return {
      table: { kind: a.kind, top, bottom, labels, columns, reason: `by content: ${evidence}` },
      signals,
    };
  }
  return { table: null, signals };
}

/** What a content-found table still needs to be that kind (null when it has it). */
function missingFor(kind: TableKind, columns: readonly ColumnMapping[]): string | null {
  const f = new Set(columns.map((c) => c.field));
  const any = (...k: string[]) => k.some((x) => f.has(x));
  const named = (k: string) =>
    columns.some((c) => c.field === k && c.evidence?.startsWith('header'));
  if (
    kind === 'soa' &&
    !any('applicable', 'status') &&
    !named('justification') &&
    !named('reasons')
  )
    return 'no applicability, implementation status or justification column next to the Annex A ids (a list of controls, not an SoA)';
  if (kind === 'clauses' && !any('status', 'evidence', 'notes'))
    return 'no conformance status, evidence or notes column next to the clause numbers (a list of clauses, not a checklist)';
  if (kind === 'risks' && !any('description', 'threat', 'vulnerability', 'title', 'assetIds', 'id'))
    return 'scored columns but no risk id, description, threat or asset column';
  if (kind === 'findings' && !any('description', 'reference'))
    return 'finding types but no description or clause/control reference column';
  return null;
}
