/**
 * The one place exports neutralise formula-like text (issue #11 item 8; OWASP "CSV Injection"):
 * text a user typed that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be
 * read as a formula by Excel or LibreOffice — on opening a CSV, or when someone edits the cell
 * or saves the sheet as CSV. Such text gets a leading apostrophe, so it stays text everywhere
 * (the cost: the apostrophe is visible in the xlsx cell; the text is otherwise unchanged).
 *
 * - xlsx, canonical workbook (template and import output, functions/xlsx/write-workbook.ts):
 *   our own OOXML writer stores all text as shared strings (never formulas) and gives a
 *   formula-like string Excel's quote prefix (`quotePrefix="1"` on its style), so the user's text
 *   is kept exactly and stays text when the cell is edited or the sheet saved as CSV.
 * - xlsx written with exceljs (the reports): `neutraliseWorkbook(wb)` just before
 *   `wb.xlsx.writeBuffer()` prefixes an apostrophe. Formula cells the writer means
 *   (`{ formula }` objects) are not strings and are left alone.
 * - CSV: `csvField` / `csvLine` neutralise and quote per RFC 4180.
 * - HTML: escaping is `escapeHtml` in functions/reports/text.ts.
 */
import type { Workbook } from 'exceljs';

export function isFormulaLike(text: string): boolean {
  // The first character decides (a register has millions of text cells): = + - @ tab CR.
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/** `=HYPERLINK("http://x","y")` → `'=HYPERLINK("http://x","y")`; other text unchanged. */
export function neutraliseText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * Rewrites every formula-like string cell of the workbook in place; returns how many it changed.
 * Walks the cells exceljs holds (values, not styles), so the cost is linear in what was written.
 */
export function neutraliseWorkbook(wb: Workbook): number {
  let changed = 0;
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (typeof v === 'string' && isFormulaLike(v)) {
          cell.value = neutraliseText(v);
          changed++;
        }
      });
    });
  });
  return changed;
}

/** One CSV field: neutralised, then quoted when it holds a quote, separator or line break. */
export function csvField(value: string | number | boolean | null | undefined, sep = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = neutraliseText(value);
  return text.includes('"') || text.includes(sep) || /[\r\n]/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

export function csvLine(
  values: readonly (string | number | boolean | null | undefined)[],
  sep = ',',
): string {
  return values.map((v) => csvField(v, sep)).join(sep);
}
