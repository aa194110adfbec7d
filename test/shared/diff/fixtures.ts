/** Test helper: two review cycles of one ISMS, generated (canonical snapshots parsed). */
import type { WorkbookSnapshot } from '../../../shared/grid/grid';
import type { IsmsWorkbook, Methodology } from '../../../shared/model/types';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import {
  canonicalSnapshot,
  cleanClauses,
  cleanRisk,
  cleanSoa,
  type CanonicalParts,
  type Row,
} from '../../support/snapshot';

export const finding = (id: string, over: Row = {}): Row => ({
  'Finding ID': id,
  Source: 'Internal audit',
  Type: 'Minor NC',
  'Clause or Control': '9.2',
  Description: `Audit programme gap (${id})`,
  'Corrective Action': 'Update the programme',
  Owner: 'ISMS manager',
  Raised: '2025-03-01',
  ...over,
});

/** The previous cycle: three risks, the clean SoA and clauses, two findings. */
export function lastCycle(): Required<
  Pick<CanonicalParts, 'risks' | 'soa' | 'clauses' | 'findings'>
> {
  return {
    risks: [cleanRisk('R-1'), cleanRisk('R-2'), cleanRisk('R-3')],
    soa: cleanSoa(),
    clauses: cleanClauses(),
    findings: [finding('F-1'), finding('F-2')],
  };
}

export function parsed(
  name: string,
  parts: CanonicalParts,
  methodology?: Methodology,
): IsmsWorkbook {
  return parseWorkbook(canonicalSnapshot(name, parts, methodology ? { methodology } : {})).workbook;
}

/** The same snapshot with every sheet renamed (tables keep their names). */
export function renamedSheets(s: WorkbookSnapshot, prefix: string): WorkbookSnapshot {
  const rename = (n: string) => `${prefix}${n}`;
  return {
    ...s,
    sheets: s.sheets.map((sh) => ({ ...sh, name: rename(sh.name) })),
    tables: s.tables.map((t) => ({ ...t, sheet: rename(t.sheet) })),
  };
}

/** Rows with the given header changed on the row whose first column matches `id`. */
export function edit(rows: readonly Row[], idHeader: string, id: string, over: Row): Row[] {
  return rows.map((r) => (r[idHeader] === id ? { ...r, ...over } : r));
}
