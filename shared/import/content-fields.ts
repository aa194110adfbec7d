/**
 * Canonical fields found from the cells, for the fields no header named: each with the evidence
 * that found it ("column C: 93 of 93 cells are Annex A 2022 ids"). Header words stay one signal
 * among several: a content mapping never takes a column or a field a header already took.
 */
import type { ColumnProfile } from './column-profile';
import type { TableKind } from './kind-tables';
import { findScoreTriples, isScale, tripleEvidence } from './score-columns';
import type { ColumnMapping } from './types';
import { scaleLists } from './scale-lists';
import {
  annexEvidence,
  annexIdColumn,
  clauseIdColumn,
  FINDERS,
  of,
  titleColumn,
} from './content-finders';

export { annexEvidence, annexIdColumn, clauseIdColumn };

type Hit = ColumnMapping & { readonly evidence: string };

/** Which finder fills which field, per kind, in order. */
const PLAN: Readonly<Record<TableKind, readonly (readonly [string, string])[]>> = {
  risks: [
    ['id', 'code'],
    ['treatment', 'treatment'],
    ['status', 'riskStatus'],
    ['description', 'longText'],
    ['owner', 'name'],
    ['dueDate', 'date'],
  ],
  soa: [
    ['applicable', 'applicable'],
    ['status', 'status'],
    ['justification', 'longText'],
    ['owner', 'name'],
  ],
  assets: [
    ['id', 'code'],
    ['owner', 'name'],
  ],
  clauses: [
    ['status', 'conformance'],
    ['status', 'status'],
    ['owner', 'name'],
  ],
  findings: [
    ['type', 'findingType'],
    ['id', 'code'],
    ['description', 'longText'],
    ['raised', 'date'],
    ['due', 'date'],
    ['closed', 'date'],
    ['effectivenessVerified', 'verified'],
    ['owner', 'name'],
  ],
};

/**
 * `loose` (a kind chosen by the reviewer): also two scale columns without a score column as
 * likelihood and impact, and the first column of distinct texts as the description or name.
 */
export function contentFields(
  kind: TableKind,
  profiles: readonly ColumnProfile[],
  taken: readonly ColumnMapping[],
  header: (letter: string) => string,
  loose = false,
): Hit[] {
  const usedCols = new Set(taken.map((c) => c.column));
  const usedFields = new Set(taken.map((c) => c.field));
  const out: Hit[] = [];
  const add = (p: ColumnProfile, field: string, confidence: number, evidence: string) => {
    if (usedCols.has(p.letter) || usedFields.has(field)) return;
    usedCols.add(p.letter);
    usedFields.add(field);
    out.push({ column: p.letter, header: header(p.letter), field, confidence, evidence });
  };
  idColumn(kind, profiles, taken, add);
  if (kind === 'risks') scoreFields(profiles, usedCols, add);
  if (kind === 'risks') scaleLists(profiles, usedCols, usedFields, add);
  if (loose) looseFields(kind, profiles, usedCols, add);
  for (const [field, finder] of PLAN[kind]) {
    for (const p of profiles) {
      if (usedCols.has(p.letter) || usedFields.has(field)) continue;
      const hit = FINDERS[finder](p);
      if (hit) add(p, field, hit.confidence, hit.evidence);
    }
  }
  return out;
}

type Add = (p: ColumnProfile, field: string, confidence: number, evidence: string) => void;

function idColumn(
  kind: TableKind,
  profiles: readonly ColumnProfile[],
  taken: readonly ColumnMapping[],
  add: Add,
): void {
  if (kind === 'soa' || kind === 'clauses') {
    // The id column a header (or the id count under it) already gave anchors the titles.
    const given = taken.find((c) => c.field === 'id');
    const p =
      profiles.find((x) => x.letter === given?.column) ??
      (kind === 'soa' ? annexIdColumn(profiles) : clauseIdColumn(profiles));
    if (!p) return;
    if (kind === 'soa') add(p, 'id', 0.85, annexEvidence(p));
    else add(p, 'id', 0.85, of(p.clauseIds, p, 'ISO/IEC 27001 clause numbers (4–10)'));
    const t = titleColumn(profiles, p);
    if (t) add(t, 'title', 0.6, `${of(t.titles, t, 'short distinct texts')} next to the ids`);
  } else if (kind === 'findings') {
    const p = annexIdColumn(profiles) ?? clauseIdColumn(profiles);
    if (p)
      add(
        p,
        'reference',
        0.7,
        of(Math.max(p.clauseIds, p.annex2022 + p.annex2013), p, 'clause or control references'),
      );
  }
}

function scoreFields(
  profiles: readonly ColumnProfile[],
  used: ReadonlySet<string>,
  add: Add,
): void {
  const { inherent, residual } = findScoreTriples(profiles.filter((p) => !used.has(p.letter)));
  const put = (t: typeof inherent, keys: readonly [string, string, string]) => {
    if (!t) return;
    const e = tripleEvidence(t);
    add(t.likelihood, keys[0], 0.75, e);
    add(t.impact, keys[1], 0.75, e);
    add(t.score, keys[2], 0.8, e);
  };
  put(inherent, ['likelihood', 'impact', 'inherentScore']);
  put(residual, ['residualLikelihood', 'residualImpact', 'residualScore']);
}

function looseFields(
  kind: TableKind,
  profiles: readonly ColumnProfile[],
  used: ReadonlySet<string>,
  add: Add,
): void {
  const free = profiles.filter((p) => !used.has(p.letter));
  if (kind === 'risks') {
    const scales = free.filter(isScale);
    if (scales.length >= 2) {
      const e = `columns ${scales[0].letter}, ${scales[1].letter} hold small whole numbers on one scale`;
      add(scales[0], 'likelihood', 0.55, e);
      add(scales[1], 'impact', 0.55, e);
    }
  }
  const text = free.find(
    (p) => p.filled >= 2 && p.distinct === p.filled && p.ints === 0 && p.shortCodes === 0,
  );
  const key = {
    risks: 'description',
    assets: 'name',
    soa: 'title',
    clauses: 'title',
    findings: 'description',
  }[kind];
  if (text) add(text, key, 0.5, `column ${text.letter}: ${text.filled} distinct texts`);
}
