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

/**
 * Registers repeat the same few list cells, controls cells and dates thousands of times; their
 * parses are remembered (bounded, like parseControlRef's cache). Callers get their own arrays.
 */
const CACHE_LIMIT = 10_000;
const listCache = new Map<string, string[]>();
const controlsCache = new Map<string, string[]>();
const dateCache = new Map<number, string | null>();

function remembered<K, V>(cache: Map<K, V>, key: K, make: (key: K) => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const v = make(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, v);
  return v;
}

function cachedSplit(
  cache: Map<string, string[]>,
  text: string | null,
  split: (t: string | null) => string[],
): string[] {
  return text === null ? [] : remembered(cache, text, split).slice();
}

/** `asDate`; serials are remembered (due dates repeat). */
function dateOf(v: Cell): string | null {
  return typeof v === 'number' ? remembered(dateCache, v, asDate) : asDate(v ?? undefined);
}

/** One record's fields; methods on the prototype so a record costs one object, not six closures. */
class RecordFields implements Fields {
  readonly ref: SourceRef;
  private readonly t: TableData;
  private readonly rec: TableRecord;

  constructor(t: TableData, rec: TableRecord) {
    this.t = t;
    this.rec = rec;
    this.ref = { sheet: t.sheet, row: rec.row, columns: t.letters };
  }

  private at(key: string): number {
    return this.t.index.get(key) ?? -1;
  }

  cell(key: string): Cell {
    const i = this.at(key);
    return i < 0 ? null : (this.rec.values[i] ?? null);
  }

  text(key: string): string | null {
    const i = this.at(key);
    if (i < 0) return null;
    const shown = this.rec.display[i];
    return shown !== undefined && !isBlank(shown) ? asText(shown) : asText(this.rec.values[i]);
  }

  // Raw serials are kept from `cell`: a display text like "31/12/2025" would be ambiguous.
  date(key: string): string | null {
    return dateOf(this.cell(key));
  }

  list(key: string): string[] {
    return cachedSplit(listCache, this.rawText(key), splitList);
  }

  controls(key: string): string[] {
    return cachedSplit(controlsCache, this.rawText(key), splitControls);
  }

  // Lists keep their line breaks (asText would fold them into spaces).
  private rawText(key: string): string | null {
    const i = this.at(key);
    const v = i < 0 ? null : (this.rec.display[i] ?? this.rec.values[i]);
    return typeof v === 'string' ? v : this.text(key);
  }
}

export function fieldsOf(t: TableData, rec: TableRecord): Fields {
  return new RecordFields(t, rec);
}
