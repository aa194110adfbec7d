/**
 * The one helper every report writer passes user text through before it lands in an xlsx cell,
 * a slide or a CSV field. Text a spreadsheet would read as a formula or a DDE command (leading
 * = + - @, tab or carriage return; OWASP "CSV injection") gets a leading apostrophe, so it shows
 * as text wherever it is pasted or re-imported. xlsx cells are also written as string cells
 * (never formulas). The rule itself is the project-wide neutraliser (functions/xlsx/neutralise.ts);
 * the writers call nothing else.
 */
import { neutraliseText } from '../xlsx/neutralise';

export function cellText(text: string): string {
  return neutraliseText(text);
}

/** `cellText` for optional values: null and undefined stay null, numbers pass unchanged. */
export function cellValue(v: string | number | boolean | null | undefined): string | number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  return typeof v === 'number' ? v : cellText(v);
}
