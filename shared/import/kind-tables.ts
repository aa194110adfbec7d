/** The kinds the import reads and the canonical table each fills (one list, used everywhere). */
import {
  ASSETS,
  CLAUSES_TABLE,
  FINDINGS_TABLE,
  RISKS,
  SOA,
  type TableDef,
} from '../workbook/canonical';
import type { ImportKind } from './types';

export type TableKind = Exclude<ImportKind, 'other'>;

/** In detection order: on a tie the earlier kind wins. */
export const TABLE_KINDS: readonly TableKind[] = ['risks', 'soa', 'assets', 'clauses', 'findings'];

export const IMPORT_KINDS: readonly ImportKind[] = [...TABLE_KINDS, 'other'];

export const KIND_TABLE_DEFS: Readonly<Record<TableKind, TableDef>> = {
  risks: RISKS,
  soa: SOA,
  assets: ASSETS,
  clauses: CLAUSES_TABLE,
  findings: FINDINGS_TABLE,
};
