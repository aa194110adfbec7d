/**
 * Cell-level finders the content mapping uses: the id columns (Annex A ids, clause numbers) and
 * one finder per vocabulary (yes/no, statuses, finding types, codes, long texts, dates, names),
 * each returning its evidence sentence.
 */
import type { ColumnProfile } from './column-profile';

export function share(n: number, p: ColumnProfile): boolean {
  return n >= 3 && n >= 0.6 * p.filled;
}

export const of = (n: number, p: ColumnProfile, what: string) =>
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

export const FINDERS: Readonly<Record<string, Finder>> = {
  applicable: (p) =>
    listSays(p, (vs) => vs.length <= 3 && vs.length >= 2)
      ? {
          confidence: 0.8,
          evidence: `column ${p.letter}: validation list ${p.validation?.join(' / ')}`,
        }
      : share(p.yesNo, p) && p.distinct <= 4 && p.no > 0 && p.no < p.yesNo
        ? { confidence: 0.7, evidence: of(p.yesNo, p, 'yes/no values') }
        : share(p.options.yesNo, p)
          ? { confidence: 0.6, evidence: listed(p.options.yesNo, p, 'yes/no answers') }
          : null,
  status: (p) =>
    share(p.implementation, p)
      ? { confidence: 0.7, evidence: of(p.implementation, p, 'implementation statuses') }
      : share(p.options.implementation, p)
        ? { confidence: 0.6, evidence: listed(p.options.implementation, p, 'statuses') }
        : null,
  conformance: (p) =>
    share(p.conformance, p)
      ? { confidence: 0.7, evidence: of(p.conformance, p, 'conformance statuses') }
      : share(p.options.conformance, p)
        ? { confidence: 0.6, evidence: listed(p.options.conformance, p, 'conformance statuses') }
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
