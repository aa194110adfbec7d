/**
 * Canonical fields found from the cells, for the fields no header named: each with the evidence
 * that found it ("column C: 93 of 93 cells are Annex A 2022 ids"). Header words stay one signal
 * among several: a content mapping never takes a column or a field a header already took.
 */
import type { ColumnProfile } from './column-profile';
import type { TableKind } from './kind-tables';
import { findScoreTriples, isScale, tripleEvidence } from './score-columns';
import type { ColumnMapping } from './types';

type Hit = ColumnMapping & { readonly evidence: string };

function share(n: number, p: ColumnProfile): boolean {
  return n >= 3 && n >= 0.6 * p.filled;
}

const of = (n: number, p: ColumnProfile, what: string) =>
  `column ${p.letter}: ${n} of ${p.filled} cells are ${what}`;

/** The validation list decides when the host read one: its values are the column's vocabulary. */
function listSays(p: ColumnProfile, test: (values: readonly string[]) => boolean): boolean {
  return p.validation !== null && test(p.validation);
}

export function annexIdColumn(profiles: readonly ColumnProfile[]): ColumnProfile | null {
  const ids = (p: ColumnProfile) => p.annex2022 + p.annex2013;
  const best = [...profiles].sort((a, b) => ids(b) - ids(a))[0];
  // An SoA lists each control once; a column of repeated ids is a reference (risks, findings).
  return best &&
    ids(best) >= 3 &&
    best.annexOnly > best.clauseOnly &&
    share(ids(best), best) &&
    best.distinct >= 0.8 * best.filled &&
    best.lists <= 0.2 * best.filled
    ? best
    : null;
}

export function clauseIdColumn(profiles: readonly ColumnProfile[]): ColumnProfile | null {
  const best = [...profiles].sort((a, b) => b.clauseIds - a.clauseIds)[0];
  return best && share(best.clauseIds, best) && best.clauseOnly >= best.annexOnly ? best : null;
}

export function annexEvidence(p: ColumnProfile): string {
  const ed = p.annex2013 > p.annex2022 ? '2013' : '2022';
  return of(p.annex2022 + p.annex2013, p, `Annex A ${ed} ids`);
}

type Finder = (p: ColumnProfile) => { confidence: number; evidence: string } | null;

const FINDERS: Readonly<Record<string, Finder>> = {
  applicable: (p) =>
    listSays(p, (vs) => vs.length <= 3 && vs.length >= 2)
      ? {
          confidence: 0.8,
          evidence: `column ${p.letter}: validation list ${p.validation?.join(' / ')}`,
        }
      : share(p.yesNo, p) && p.distinct <= 4 && p.no > 0 && p.no < p.yesNo
        ? { confidence: 0.7, evidence: of(p.yesNo, p, 'yes/no values') }
        : null,
  status: (p) =>
    share(p.implementation, p)
      ? { confidence: 0.7, evidence: of(p.implementation, p, 'implementation statuses') }
      : null,
  conformance: (p) =>
    share(p.conformance, p)
      ? { confidence: 0.7, evidence: of(p.conformance, p, 'conformance statuses') }
      : null,
  findingType: (p) =>
    share(p.findingType, p)
      ? {
          confidence: 0.75,
          evidence: of(p.findingType, p, 'finding types (major/minor/observation)'),
        }
      : null,
  code: (p) =>
    share(p.shortCodes, p) && p.shortCodes === p.filled && p.clauseIds < p.filled / 2
      ? { confidence: 0.6, evidence: of(p.shortCodes, p, 'unique short codes') }
      : null,
  longText: (p) =>
    share(p.longText, p) ? { confidence: 0.6, evidence: of(p.longText, p, 'long texts') } : null,
  date: (p) => (share(p.dates, p) ? { confidence: 0.6, evidence: of(p.dates, p, 'dates') } : null),
  name: (p) =>
    share(p.names, p) ? { confidence: 0.55, evidence: of(p.names, p, 'person-like names') } : null,
};

/** Which finder fills which field, per kind, in order. */
const PLAN: Readonly<Record<TableKind, readonly (readonly [string, string])[]>> = {
  risks: [
    ['id', 'code'],
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
  idColumn(kind, profiles, add);
  if (kind === 'risks') scoreFields(profiles, usedCols, add);
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

function idColumn(kind: TableKind, profiles: readonly ColumnProfile[], add: Add): void {
  if (kind === 'soa') {
    const p = annexIdColumn(profiles);
    if (p) add(p, 'id', 0.85, annexEvidence(p));
  } else if (kind === 'clauses') {
    const p = clauseIdColumn(profiles);
    if (p) add(p, 'id', 0.85, of(p.clauseIds, p, 'ISO/IEC 27001 clause numbers (4–10)'));
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
