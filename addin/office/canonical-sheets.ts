import { ALL_TABLES } from '../../shared/workbook';

/** Sheets the add-in owns in a canonical workbook (where its marks may go). */
export const CANONICAL_SHEET_NAMES: readonly string[] = [
  ...new Set(ALL_TABLES.map((t) => t.sheet)),
];
