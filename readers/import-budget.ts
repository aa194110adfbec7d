/**
 * The import budget (limits.ts, ImportLimits), checked on the workbook as read and before it is
 * converted, by every host that converts (CLI, API, the pane's convert flow): over a limit is the readers' own `too_large` error, one line naming the file,
 * the sheet that crossed the limit and the limit, so the CLI exits 2 and the API answers 413
 * exactly as for a file over a read budget. What counts is what the sheets hold (rows and cells
 * with a value), never what they declare.
 */
import { isBlank, isCanonicalWorkbook, type WorkbookSnapshot } from '../shared';
import { XlsxReadError } from './errors';
import { count, DEFAULT_IMPORT_LIMITS, IMPORT_MAX_SHEETS, type ImportLimits } from './limits';

/** Throws XlsxReadError 'too_large' when converting `snapshot` would go over `limits`. */
export function checkImportBudget(
  snapshot: WorkbookSnapshot,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): void {
  if (isCanonicalWorkbook(snapshot)) return;
  const maxSheets = limits.maxSheets ?? IMPORT_MAX_SHEETS;
  if (snapshot.sheets.length > maxSheets)
    throw new XlsxReadError(
      'too_large',
      snapshot.name,
      `too large to import: it has ${count(snapshot.sheets.length)} sheets, over the import limit of ${count(maxSheets)} sheets per workbook; split the workbook and import the parts`,
    );
  let rows = 0;
  let cells = 0;
  for (const [k, sheet] of snapshot.sheets.entries()) {
    for (const row of sheet.rows) {
      let filled = 0;
      for (const v of row) if (!isBlank(v)) filled++;
      if (filled > 0) rows++;
      cells += filled;
    }
    const over =
      rows > limits.maxRows
        ? `${count(limits.maxRows)} rows holding a value`
        : cells > limits.maxCells
          ? `${count(limits.maxCells)} cells holding a value`
          : null;
    if (!over) continue;
    const held = rows > limits.maxRows ? `${count(rows)} rows` : `${count(cells)} cells`;
    const upTo = k === 0 ? `the sheet holds ${held}` : `${held} up to this sheet`;
    throw new XlsxReadError(
      'too_large',
      snapshot.name,
      `too large to import: sheet "${sheet.name}" goes over the import limit of ${over} per workbook (${upTo}); split the workbook and import the parts`,
    );
  }
}
