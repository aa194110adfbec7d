/** Audit finding type and source (tblFindings; 9.2, 10.2) as people write them. */
import type { Cell } from '../grid/grid';
import type { AuditFindingType, AuditSource } from '../model/types';
import { asText } from '../grid/cell';
import { foldText } from './fold-text';

function lookup<T>(table: Readonly<Record<string, T>>, v: Cell | undefined): T | null {
  const t = asText(v);
  return t === null ? null : (table[foldText(t)] ?? null);
}

// prettier-ignore
const FINDING_TYPE: Readonly<Record<string, AuditFindingType>> = {
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

// prettier-ignore
const SOURCE: Readonly<Record<string, AuditSource>> = {
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
