/** Typed reads of one table record's fields (by field key), and its `SourceRef`. */
import type { Cell } from '../grid/grid';
import type { SourceRef } from '../model/types';
import { asDate, asText, isBlank } from '../grid/cell';
import { splitControlRefs } from '../catalog/find-control';
import type { TableData, TableRecord } from './table-rows';

export type Fields = {
  readonly ref: SourceRef;
  /** The raw cell value (null when the column is absent). */
  cell(key: string): Cell;
  /** Trimmed text as displayed (Excel's display text when the host supplied it). */
  text(key: string): string | null;
  /** ISO date from a serial or date text; null when blank or unreadable. */
  date(key: string): string | null;
  /** A list cell (`"A1, A2"`, one per line, `;`) split into trimmed items. */
  list(key: string): string[];
  /** Control references, one per entry; text that names no control is kept as one entry. */
  controls(key: string): string[];
};

/** Cell text that means "nothing listed". */
const NONE = /^(?:n\/?a|none|nil|-+|—|–|tbd|tba|\?)$/i;

/** `"A1, A2"`, `"A1; A2"`, one per line → `['A1', 'A2']`. */
export function splitList(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(/[,;\n\r|]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !NONE.test(s));
}

/** Control references in a cell; each chunk naming no control is kept as written. */
export function splitControls(text: string | null): string[] {
  const out: string[] = [];
  for (const chunk of splitList(text)) {
    const refs = splitControlRefs(chunk);
    if (refs.length > 0) out.push(...refs);
    else out.push(chunk);
  }
  return out;
}

export function fieldsOf(t: TableData, rec: TableRecord): Fields {
  const at = (key: string): number => t.index.get(key) ?? -1;
  const cell = (key: string): Cell => {
    const i = at(key);
    return i < 0 ? null : (rec.values[i] ?? null);
  };
  const text = (key: string): string | null => {
    const i = at(key);
    if (i < 0) return null;
    const shown = rec.display[i];
    return shown !== undefined && !isBlank(shown) ? asText(shown) : asText(rec.values[i]);
  };
  // Lists keep their line breaks (asText would fold them into spaces).
  const rawText = (key: string): string | null => {
    const i = at(key);
    const v = i < 0 ? null : (rec.display[i] ?? rec.values[i]);
    return typeof v === 'string' ? v : text(key);
  };
  // Raw serials are kept from `cell`: a display text like "31/12/2025" would be ambiguous.
  const date = (key: string): string | null => asDate(cell(key) ?? undefined);
  return {
    ref: { sheet: t.sheet, row: rec.row, columns: t.letters },
    cell,
    text,
    date,
    list: (key) => splitList(rawText(key)),
    controls: (key) => splitControls(rawText(key)),
  };
}
