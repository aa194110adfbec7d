/**
 * Up to three sample values per source column, read under the sheet's header rows: what the
 * reviewer needs to decide where a column goes when its header says little.
 */
import { columnNumber } from '../../shared/grid';
import { asText } from '../../shared/grid';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { SheetImport } from '../../shared/import';

const SCAN = 200;

export function columnSamples(
  snapshot: WorkbookSnapshot,
  sheet: SheetImport,
  columns: readonly string[],
  count = 3,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const s = snapshot.sheets.find((x) => x.name === sheet.sheet);
  if (!s) return out;
  const below = sheet.headerRows.length ? sheet.headerRows[sheet.headerRows.length - 1] : 0;
  for (const letter of columns) {
    const c = columnNumber(letter) - s.origin.col;
    const values: string[] = [];
    const start = Math.max(0, below + 1 - s.origin.row);
    for (let i = start; i < Math.min(s.rows.length, start + SCAN) && values.length < count; i++) {
      const t = asText(s.rows[i]?.[c]);
      if (t !== null && !values.includes(t)) values.push(t.length > 40 ? `${t.slice(0, 39)}…` : t);
    }
    out.set(letter, values);
  }
  return out;
}
