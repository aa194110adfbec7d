/**
 * A canonical table's row with every column blank, its keys in the table's column order: the
 * converters copy it per row (cheaper than an object literal with computed keys), and rows whose
 * keys follow the columns are read by the workbook plan in one pass.
 */
import type { TableDef } from '../workbook/canonical';
import type { CanonicalRow } from './types';

export function blankRow(def: TableDef): CanonicalRow {
  return Object.fromEntries(def.columns.map((c) => [c.header, null]));
}
