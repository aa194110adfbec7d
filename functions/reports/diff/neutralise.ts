/**
 * Spreadsheet text neutralisation for the diff workbook: text that a spreadsheet would read as a
 * formula (leading = + - @, tab or carriage return — OWASP "CSV injection") gets a leading
 * apostrophe, so it stays text even when copied or re-saved as CSV. Plain numbers (`-3`) are left
 * as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}
