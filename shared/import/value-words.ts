/**
 * Cell values read through the language files: the core vocabularies (shared/vocabulary) first,
 * then each locale's value words, so a Czech `Ano` or a Turkish `Kısmen` reads as what it says.
 */
import type { Cell } from '../grid/grid';
import { asText } from '../grid/cell';
import { parseApplicable } from '../vocabulary/yes-no';
import { parseImplementation } from '../vocabulary/implementation-status';
import { parseFindingType } from '../vocabulary/audit-finding';
import type { AuditFindingType, ImplementationStatus } from '../model/types';
import type { MatchMode } from '../vocabulary/match';
import { LOCALES, type ValueWords } from './locales';
import { foldText } from './normalize-text';

function table<T>(pairs: readonly [keyof ValueWords, T][]): ReadonlyMap<string, T> {
  const m = new Map<string, T>();
  for (const l of LOCALES)
    for (const [k, out] of pairs) for (const w of l.values?.[k] ?? []) m.set(foldText(w), out);
  return m;
}

const YES_NO = table<boolean>([
  ['yes', true],
  ['no', false],
]);
const IMPLEMENTATION = table<ImplementationStatus>([
  ['implemented', 'Implemented'],
  ['partial', 'Partially implemented'],
  ['notImplemented', 'Not implemented'],
]);
const FINDING_TYPE = table<AuditFindingType>([
  ['majorNc', 'Major NC'],
  ['minorNc', 'Minor NC'],
  ['observation', 'Observation'],
  ['improvement', 'Opportunity for improvement'],
]);

function lookup<T>(m: ReadonlyMap<string, T>, v: Cell | undefined): T | null {
  const t = asText(v);
  return t === null ? null : (m.get(foldText(t)) ?? null);
}

/** Yes/No (applicability, verification) in any supported language; null when unreadable. */
export function readYesNo(
  v: Cell | undefined,
  opts: { wingdingsN?: boolean } = {},
): boolean | null {
  return parseApplicable(v, opts) ?? lookup(YES_NO, v);
}

/** `whole`: the cell is a status word ("SIEM (Splunk)" is not "Si…"); default leading words. */
export function readImplementation(
  v: Cell | undefined,
  opts: { match?: MatchMode } = {},
): ImplementationStatus | null {
  return parseImplementation(v, opts) ?? lookup(IMPLEMENTATION, v);
}

export function readFindingType(v: Cell | undefined): AuditFindingType | null {
  return parseFindingType(v) ?? lookup(FINDING_TYPE, v);
}

/**
 * The whole cell is an answer of a vocabulary (yes/no, an implementation status, a finding type):
 * whole words only, so "Jana Nováková" (leading "ja") stays a name.
 */
export function isAnswerWord(v: Cell | undefined): boolean {
  return (
    readYesNo(v) !== null ||
    readImplementation(v, { match: 'whole' }) !== null ||
    readFindingType(v) !== null
  );
}
