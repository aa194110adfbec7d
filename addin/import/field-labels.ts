/**
 * Words the review step shows for the importer's kinds and fields: a field is named by the
 * canonical column it fills (`Risk Owner`), so the reviewer sees where each column lands.
 */
import type { ImportKind } from '../../shared/import';
import { FIELD_SPECS } from '../../shared/import';
import { KIND_TABLE_DEFS } from '../../shared/import';

export const IGNORE = 'ignore';

export const KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  risks: 'Risk register',
  soa: 'Statement of Applicability',
  assets: 'Asset inventory',
  clauses: 'Clause checklist (4–10)',
  findings: 'Audit findings / nonconformities',
  other: 'Not imported (kept as is)',
};

/** What one converted row is called, for counts ("4 risks"). */
export const KIND_UNITS: Readonly<Record<ImportKind, readonly [string, string]>> = {
  risks: ['risk', 'risks'],
  soa: ['control', 'controls'],
  assets: ['asset', 'assets'],
  clauses: ['clause', 'clauses'],
  findings: ['finding', 'findings'],
  other: ['row', 'rows'],
};

const PSEUDO: Readonly<Record<string, string>> = {
  'risks.title': 'Risk title (put before the description)',
  'soa.reasons': 'Reasons for selection (justification)',
};

export function fieldLabel(kind: ImportKind, field: string): string {
  if (field === IGNORE) return 'Not imported';
  if (kind === 'other') return field;
  const col = KIND_TABLE_DEFS[kind].columns.find((c) => c.key === field);
  // Scores and ratings are recomputed by the workbook's formulas; a source column there is a check.
  if (col) return col.formula ? `${col.header} (calculated)` : col.header;
  return PSEUDO[`${kind}.${field}`] ?? field;
}

/** The fields a column of this kind can go to, in the canonical table's column order. */
export function fieldOptions(kind: ImportKind): { readonly key: string; readonly label: string }[] {
  if (kind === 'other') return [];
  return FIELD_SPECS[kind].map((f) => ({ key: f.key, label: fieldLabel(kind, f.key) }));
}

export function countOf(kind: ImportKind, n: number): string {
  const [one, many] = KIND_UNITS[kind];
  return `${n} ${n === 1 ? one : many}`;
}
