/**
 * Reading enumerated cells (Yes/No, implementation status, clause status, audit finding type and
 * source) as people write them: any case, common synonyms, a few other languages.
 */
import type { Cell } from '../grid/grid';
import type {
  AuditFindingType,
  AuditSource,
  ClauseStatus,
  ImplementationStatus,
} from '../model/types';
import { asText } from '../grid/cell';

/** Lower case, accents and punctuation removed, single spaces. */
export function foldValue(v: Cell | undefined): string {
  const t = asText(v);
  if (t === null) return '';
  return t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9✓✔✗✘+]+/g, ' ')
    .trim();
}

function lookup<T>(table: Readonly<Record<string, T>>, v: Cell | undefined): T | null {
  return table[foldValue(v)] ?? null;
}

const YES = [
  'yes',
  'y',
  'true',
  'x',
  '✓',
  '✔',
  '1',
  'applicable',
  'included',
  'include',
  'in scope',
  'oui',
  'ja',
  'si',
  'sim',
];
const NO = [
  'no',
  'n',
  'false',
  '0',
  'not applicable',
  'n a',
  'na',
  'excluded',
  'exclude',
  'out of scope',
  'non',
  'nein',
  'nao',
  '✗',
  '✘',
];
const YES_NO: Record<string, boolean> = Object.fromEntries([
  ...YES.map((w) => [w, true]),
  ...NO.map((w) => [w, false]),
]);

/** Yes/No cells (booleans, ticks, `Applicable`/`Not applicable`), null when blank or unreadable. */
export function parseYesNo(v: Cell | undefined): boolean | null {
  if (typeof v === 'boolean') return v;
  return lookup(YES_NO, v);
}

const IMPLEMENTATION: Record<string, ImplementationStatus> = {
  implemented: 'Implemented',
  'fully implemented': 'Implemented',
  done: 'Implemented',
  complete: 'Implemented',
  completed: 'Implemented',
  'in place': 'Implemented',
  yes: 'Implemented',
  operational: 'Implemented',
  'partially implemented': 'Partially implemented',
  partial: 'Partially implemented',
  partially: 'Partially implemented',
  'in progress': 'Partially implemented',
  ongoing: 'Partially implemented',
  planned: 'Planned',
  scheduled: 'Planned',
  'to do': 'Planned',
  todo: 'Planned',
  'not implemented': 'Not implemented',
  no: 'Not implemented',
  'not started': 'Not implemented',
  missing: 'Not implemented',
  none: 'Not implemented',
};

export function parseImplementation(v: Cell | undefined): ImplementationStatus | null {
  return lookup(IMPLEMENTATION, v);
}

const CLAUSE_STATUS: Record<string, ClauseStatus> = {
  conformant: 'Conformant',
  conforming: 'Conformant',
  compliant: 'Conformant',
  yes: 'Conformant',
  partial: 'Partial',
  partially: 'Partial',
  'partially conformant': 'Partial',
  'partially compliant': 'Partial',
  nonconformant: 'Nonconformant',
  'non conformant': 'Nonconformant',
  nonconforming: 'Nonconformant',
  'non compliant': 'Nonconformant',
  noncompliant: 'Nonconformant',
  nonconformity: 'Nonconformant',
  no: 'Nonconformant',
  'not assessed': 'Not assessed',
  'not yet assessed': 'Not assessed',
  unknown: 'Not assessed',
};

export function parseClauseStatus(v: Cell | undefined): ClauseStatus | null {
  return lookup(CLAUSE_STATUS, v);
}

const FINDING_TYPE: Record<string, AuditFindingType> = {
  'major nc': 'Major NC',
  major: 'Major NC',
  'major nonconformity': 'Major NC',
  'major non conformity': 'Major NC',
  'minor nc': 'Minor NC',
  minor: 'Minor NC',
  'minor nonconformity': 'Minor NC',
  'minor non conformity': 'Minor NC',
  observation: 'Observation',
  obs: 'Observation',
  'opportunity for improvement': 'Opportunity for improvement',
  ofi: 'Opportunity for improvement',
  improvement: 'Opportunity for improvement',
};

export function parseFindingType(v: Cell | undefined): AuditFindingType | null {
  return lookup(FINDING_TYPE, v);
}

const SOURCE: Record<string, AuditSource> = {
  'internal audit': 'Internal audit',
  internal: 'Internal audit',
  audit: 'Internal audit',
  'stage 1': 'Stage 1',
  stage1: 'Stage 1',
  'stage 2': 'Stage 2',
  stage2: 'Stage 2',
  surveillance: 'Surveillance',
  'surveillance audit': 'Surveillance',
  'management review': 'Management review',
  incident: 'Incident',
};

export function parseAuditSource(v: Cell | undefined): AuditSource | null {
  return lookup(SOURCE, v);
}
