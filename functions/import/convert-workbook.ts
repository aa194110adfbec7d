/**
 * A converted canonical workbook, as `isms import` writes it: the canonical tables filled with
 * the imported rows, an "Import Report" sheet, then every original sheet kept as
 * "Original - <name>" (the import never loses a cell). Shared by the CLI's behaviour and
 * POST /api/import so both produce the same workbook for the same input and mapping.
 */
import type { SheetSnapshot } from '../../shared/grid';
import { ALL_TABLES } from '../../shared/workbook';
import { importReportRows, keptSheets, type ImportResult } from '../../shared/import';
import { writeCanonicalWorkbook } from '../xlsx/write-workbook';

export const REPORT_SHEET = 'Import Report';

/** Sheet names the converted workbook uses itself; kept originals get other names. */
export const RESERVED_SHEETS: readonly string[] = [
  ...new Set(ALL_TABLES.map((t) => t.sheet)),
  'About',
  REPORT_SHEET,
];

/** Writes the converted workbook for `result` (not canonical) from the source `sheets`. */
export async function convertedWorkbook(
  result: ImportResult,
  sheets: readonly SheetSnapshot[],
): Promise<Uint8Array> {
  const originals = keptSheets(sheets, RESERVED_SHEETS);
  return writeCanonicalWorkbook({
    rows: result.tables,
    extraSheets: [{ name: REPORT_SHEET, rows: importReportRows(result) }, ...originals],
  });
}
