/**
 * The edits a reviewer makes to an import mapping, as pure functions returning the mapping to
 * run the importer with again: a column to another field (or ignored), a sheet to another kind
 * (its columns re-matched by the new kind's synonyms), another header row (re-matched on the
 * labels found there).
 */
import type { WorkbookSnapshot } from '../../shared/grid';
import { importWorkbook, mapColumns, proposeSheetMapping } from '../../shared/import';
import type { HeaderLabel } from '../../shared/import';
import type {
  ImportKind,
  ImportMapping,
  ImportResult,
  SheetImport,
  SheetMapping,
} from '../../shared/import';
import { columnNumber } from '../../shared/grid';

function withSheet(m: ImportMapping, sheet: string, s: SheetMapping): ImportMapping {
  return { ...m, sheets: { ...m.sheets, [sheet]: s } };
}

/** The header labels of a reviewed sheet, in column order (mapped and unmapped alike). */
export function labelsOf(s: SheetImport): HeaderLabel[] {
  return [...s.columns.map((c) => ({ column: c.column, header: c.header })), ...s.unmapped].sort(
    (a, b) => columnNumber(a.column) - columnNumber(b.column),
  );
}

function matched(labels: readonly HeaderLabel[], kind: ImportKind): Record<string, string> {
  if (kind === 'other') return {};
  return Object.fromEntries(mapColumns(labels, kind).columns.map((c) => [c.column, c.field]));
}

/** Column `column` of `sheet` now goes to `field` (or `ignore`). */
export function setColumnField(
  m: ImportMapping,
  sheet: string,
  column: string,
  field: string,
): ImportMapping {
  const s = m.sheets[sheet];
  return withSheet(m, sheet, { ...s, columns: { ...s.columns, [column]: field } });
}

/**
 * The sheet read as another kind. With the snapshot, the importer proposes that kind's header row
 * and pre-fills every column it can from header words and content (a sheet left out by the
 * detector too); without it, the labels already read are matched again.
 */
export function setKind(
  m: ImportMapping,
  result: ImportResult,
  sheet: string,
  kind: ImportKind,
  snapshot?: WorkbookSnapshot,
): ImportMapping {
  const s = result.sheets.find((x) => x.sheet === sheet);
  const current = m.sheets[sheet];
  if (!s || !current) return m;
  const proposed = snapshot ? proposeSheetMapping(snapshot, sheet, kind) : null;
  if (proposed) return withSheet(m, sheet, proposed);
  return withSheet(m, sheet, { ...current, kind, columns: matched(labelsOf(s), kind) });
}

/** The header on another row: the labels there are read, then matched for the sheet's kind. */
export function setHeaderRow(
  snapshot: WorkbookSnapshot,
  m: ImportMapping,
  sheet: string,
  row: number,
): ImportMapping {
  const current = m.sheets[sheet];
  if (!current || !Number.isInteger(row) || row < 1) return m;
  const bare: SheetMapping = { kind: current.kind, headerRow: row, columns: {} };
  const probe = importWorkbook(snapshot, { mapping: withSheet(m, sheet, bare) }).sheets.find(
    (x) => x.sheet === sheet,
  );
  return withSheet(m, sheet, {
    ...bare,
    columns: probe ? matched(probe.unmapped, current.kind) : {},
  });
}
