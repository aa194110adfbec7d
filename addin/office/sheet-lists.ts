/**
 * The active sheet's data-validation lists (Excel's in-cell drop-downs), the pure half: which
 * cells to probe and how a probed list becomes the snapshot's `validations`. office-js gives a
 * range's validation only when it is uniform over the range, so a column is probed at a few data
 * cells (a quarter, half and three quarters down the used range, never its first row, which is
 * usually the header): when all of them carry the same list, the column from the first probe down
 * is taken to carry it. The importer reads the column's vocabulary from the list
 * (shared/import/column-validation.ts), as it does from an xlsx file's `<dataValidations>`.
 */
import { distinctListValues, isListName, listReference } from '../../readers';
import type { DataValidationList } from '../../shared/grid';
import { columnLetter } from '../../shared/grid';
import type { TableExtent } from './read-blocks';

/** Columns probed at most (a register is far narrower). */
export const MAX_LIST_COLUMNS = 64;

/** The sheet's used range, 0-based as office-js gives it (the same extent a table read has). */
export type UsedArea = TableExtent;
export type Probe = { readonly row: number; readonly col: number };

/** The 0-based cells to probe, column by column (none when there are under 3 rows). */
export function listProbes(used: UsedArea): Probe[][] {
  if (used.rowCount < 3) return [];
  const offsets = [
    ...new Set([1, 2, 3].map((k) => Math.max(1, Math.floor((used.rowCount * k) / 4)))),
  ];
  const cols = Math.min(used.columnCount, MAX_LIST_COLUMNS);
  return Array.from({ length: cols }, (_, c) =>
    offsets.map((o) => ({ row: used.rowIndex + o, col: used.columnIndex + c })),
  );
}

/** What the probes of one column found: the list source when every probe has the same list. */
export function commonListSource(
  found: readonly { readonly type: string; readonly source: string | null }[],
): string | null {
  const first = found[0];
  if (!first || first.type !== 'List' || !first.source) return null;
  return found.every((f) => f.type === 'List' && f.source === first.source) ? first.source : null;
}

export type ListSource =
  | { readonly kind: 'values'; readonly values: readonly string[] }
  | { readonly kind: 'range'; readonly sheet: string | null; readonly address: string }
  | { readonly kind: 'name'; readonly name: string };

/**
 * A list rule's source as office-js gives it: literal values (`Yes,No`), a range (`=$H$2:$H$6`,
 * `=Lists!$A$1:$A$5`) or a defined name (`=Statuses`), parsed as the xlsx reader parses a list
 * formula (readers/ooxml/validation-lists.ts); anything else (INDIRECT, OFFSET…): null.
 */
export function parseListSource(source: string): ListSource | null {
  const s = source.trim();
  if (!s.startsWith('=')) {
    const values = distinctListValues(s.split(s.includes(',') ? ',' : ';').map((v) => v.trim()));
    return values.length ? { kind: 'values', values } : null;
  }
  const ref = listReference(s);
  if (ref) return { kind: 'range', sheet: ref.sheet, address: ref.ref.replace(/\$/g, '') };
  return isListName(s) ? { kind: 'name', name: s.slice(1).trim() } : null;
}

/** The list values of a resolved range: its non-blank texts, each once, capped. */
export function listValues(values: readonly (readonly unknown[])[]): string[] {
  const texts: string[] = [];
  for (const row of values)
    for (const v of row) texts.push(v === null || v === undefined ? '' : String(v).trim());
  return distinctListValues(texts);
}

/** The snapshot's list for a column: from its first probe down to the used range's last row. */
export function columnList(
  probes: readonly Probe[],
  used: UsedArea,
  values: readonly string[],
): DataValidationList | null {
  if (probes.length === 0 || values.length === 0) return null;
  const letter = columnLetter(probes[0].col + 1);
  const last = used.rowIndex + used.rowCount;
  return { sqref: `${letter}${probes[0].row + 1}:${letter}${last}`, values };
}
