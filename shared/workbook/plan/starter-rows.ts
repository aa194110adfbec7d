/**
 * Starter content of a new canonical workbook: the 93 Annex A controls in the SoA, the 30
 * assessable clauses, the mandatory documented information. The SoA ids are written `A.5.1`:
 * that is how an auditor and ISO/IEC 27001 itself cite an Annex A control, it never collides with
 * clause 5.1, the importer writes the same form, and Excel cannot turn it into a number. A clause
 * starts `Not assessed` (the list's own value): an explicit state, where a blank reads as forgotten.
 */
import type { Cell } from '../../grid/grid';
import { ASSESSABLE_CLAUSES, MANDATORY_DOCUMENTS } from '../../catalog/clauses';
import { CONTROLS } from '../../catalog/controls';
import { normalizeControlId } from '../../catalog/find-control';
import { CLAUSES_TABLE, DOCUMENTS_TABLE, SOA, type TableDef } from '../canonical';
import { valueOf, type InputRow } from './input-rows';

/** All 93 Annex A 2022 controls: `A.8.20` (text, never the number 8.2), title, theme. */
export function soaStarterRows(): InputRow[] {
  return CONTROLS.map((c) => ({
    'Control ID': `A.${c.id}`,
    'Control Title': c.title,
    Theme: c.theme,
  }));
}

/** The 30 assessable clauses 4.1 … 10.2, each `Not assessed`. */
export function clauseStarterRows(): InputRow[] {
  return ASSESSABLE_CLAUSES.map((c) => ({ Clause: c.id, Title: c.title, Status: 'Not assessed' }));
}

function documentKind(kind: string): Cell {
  if (kind === 'document') return 'Document';
  if (kind === 'record') return 'Record';
  return null; // "document/record (organization-defined)": the organisation decides (7.5.1 b)
}

/** The documented information ISO/IEC 27001:2022 explicitly requires, `DOC-01` …. */
export function documentStarterRows(): InputRow[] {
  return MANDATORY_DOCUMENTS.map((d, i) => ({
    'Document ID': `DOC-${String(i + 1).padStart(2, '0')}`,
    Title: d.item,
    Clause: d.clause,
    Kind: documentKind(d.kind),
  }));
}

/** Default starter rows by table; other tables start with one blank row. */
export const STARTER_ROWS: Readonly<Record<string, () => InputRow[]>> = {
  [SOA.table]: soaStarterRows,
  [CLAUSES_TABLE.table]: clauseStarterRows,
  [DOCUMENTS_TABLE.table]: documentStarterRows,
};

/** Given rows, then starter rows whose id (first column) the given rows do not already hold. */
export function withStarterRows(
  def: TableDef,
  given: readonly InputRow[],
  starter: readonly InputRow[],
): InputRow[] {
  const idHeader = def.columns[0].header;
  const key = (v: Cell) => {
    const text = v === null ? '' : String(v).trim();
    return def.table === SOA.table
      ? (normalizeControlId(text) ?? text)
      : text.replace(/^(clause|cl\.?)\s*/i, '').toLowerCase();
  };
  const have = new Set(given.map((r) => key(valueOf(r, idHeader))));
  return [...given, ...starter.filter((r) => !have.has(key(valueOf(r, idHeader))))];
}
