/**
 * Cell-level finders the content mapping uses: the id columns (Annex A ids, clause numbers) and
 * one finder per vocabulary (yes/no, statuses, finding types, treatment, codes, long texts, dates,
 * names), each returning its evidence sentence. A validation list over the column decides first.
 */
import type { ColumnProfile } from './column-profile';
import { listEvidence, type ListVocabulary } from './list-vocabulary';

export function share(n: number, p: ColumnProfile): boolean {
  return n >= 3 && n >= 0.6 * p.filled;
}

export const of = (n: number, p: ColumnProfile, what: string) =>
  `column ${p.letter}: ${n} of ${p.filled} cells are ${what}`;

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

/**
 * The titles next to an id column: short distinct texts (words, not ids, dates or answers; a
 * table pasted twice repeats each once) on
 * nearly every row that has an id, nearest the id column (right of it first).
 */
export function titleColumn(
  profiles: readonly ColumnProfile[],
  id: ColumnProfile,
): ColumnProfile | null {
  const fits = (p: ColumnProfile) =>
    p.col !== id.col &&
    p.titles >= 3 &&
    p.titles >= 0.8 * p.filled &&
    p.filled >= 0.8 * id.filled &&
    p.distinct >= 0.45 * p.filled;
  const distance = (p: ColumnProfile) => Math.abs(p.col - id.col) * 2 + (p.col < id.col ? 1 : 0);
  return [...profiles].filter(fits).sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

const listed = (n: number, p: ColumnProfile, what: string) =>
  `column ${p.letter}: ${n} of ${p.filled} cells list the ${what} a template expects`;

export type Finder = (p: ColumnProfile) => { confidence: number; evidence: string } | null;
type Hit = ReturnType<Finder>;

/** The column's validation list names this vocabulary: the workbook says what the column holds. */
function fromList(p: ColumnProfile, vocabulary: ListVocabulary): Hit {
  return p.list === vocabulary && p.validation
    ? { confidence: 0.8, evidence: listEvidence(p.letter, p.validation) }
    : null;
}

/** The first finding of a column: the validation list, then the cells, then template options. */
const first = (...hits: (() => Hit)[]): Hit => {
  for (const h of hits) {
    const x = h();
    if (x) return x;
  }
  return null;
};

const cells = (n: number, p: ColumnProfile, confidence: number, what: string) => () =>
  share(n, p) ? { confidence, evidence: of(n, p, what) } : null;

const options = (n: number, p: ColumnProfile, what: string) => () =>
  share(n, p) ? { confidence: 0.6, evidence: listed(n, p, what) } : null;

/** A short list of words no vocabulary knows (`In / Out`) over the column: its two answers. */
const twoAnswers = (p: ColumnProfile) => () =>
  p.list === null && p.validation && p.validation.length >= 2 && p.validation.length <= 3
    ? { confidence: 0.7, evidence: listEvidence(p.letter, p.validation) }
    : null;

export const FINDERS: Readonly<Record<string, Finder>> = {
  applicable: (p) =>
    first(
      () => fromList(p, 'yesNo'),
      twoAnswers(p),
      () =>
        share(p.yesNo, p) && p.distinct <= 4 && p.no > 0 && p.no < p.yesNo
          ? { confidence: 0.7, evidence: of(p.yesNo, p, 'yes/no values') }
          : null,
      options(p.options.yesNo, p, 'yes/no answers'),
    ),
  status: (p) =>
    first(
      () => fromList(p, 'implementation'),
      cells(p.implementation, p, 0.7, 'implementation statuses'),
      options(p.options.implementation, p, 'statuses'),
    ),
  conformance: (p) =>
    first(
      () => fromList(p, 'conformance'),
      cells(p.conformance, p, 0.7, 'conformance statuses'),
      options(p.options.conformance, p, 'conformance statuses'),
    ),
  findingType: (p) =>
    first(
      () => fromList(p, 'findingType'),
      cells(p.findingType, p, 0.75, 'finding types (major/minor/observation)'),
    ),
  treatment: (p) => fromList(p, 'treatment'),
  riskStatus: (p) => fromList(p, 'riskStatus'),
  verified: (p) => fromList(p, 'yesNo'),
  code: (p) =>
    share(p.shortCodes, p) && p.shortCodes === p.filled && p.clauseIds < p.filled / 2
      ? { confidence: 0.6, evidence: of(p.shortCodes, p, 'unique short codes') }
      : null,
  longText: (p) => cells(p.longText, p, 0.6, 'long texts')(),
  date: (p) => cells(p.dates, p, 0.6, 'dates')(),
  name: (p) => cells(p.names, p, 0.55, 'person-like names')(),
};
