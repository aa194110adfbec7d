/**
 * Pure plan of how converted rows go into the workbook's canonical tables, never replacing a
 * cell that holds something: a row whose key (SoA control id, clause number) is already in the
 * table fills only that row's blank cells; other rows first take the table's blank rows (the
 * one empty row a new table starts with), then are appended. Calculated columns keep their
 * formula, and imported text that starts with "=" stays text (no formula injection).
 */
import type { Cell } from '../../shared/grid';
import type { CanonicalRow } from '../../shared/import';

/** A canonical table as found in the workbook: header names and body cells as `Range.formulas`. */
export type ExistingTable = {
  readonly table: string;
  readonly headers: readonly string[];
  readonly body: readonly (readonly unknown[])[];
};

export type RowWrite = {
  readonly index: number;
  readonly cells: readonly (string | number | boolean)[];
};

export type TableWrites = {
  readonly table: string;
  /** Existing body rows rewritten with their blanks filled (0-based body index). */
  readonly fills: readonly RowWrite[];
  /** New rows, in table column order. */
  readonly appends: readonly (readonly (string | number | boolean)[])[];
  /** Imported rows written as new rows (into a blank row or appended). */
  readonly added: number;
  /** Existing rows (same key) whose blank cells were filled. */
  readonly completed: number;
  /** Rows whose key is already in the table with nothing new to add. */
  readonly duplicates: number;
  /** Imported headers the table lacks (their values are not written). */
  readonly missingColumns: readonly string[];
};

/** Key columns: an imported row with a key already present completes that row. */
export const KEY_COLUMNS: Readonly<Record<string, string>> = {
  tblSoA: 'Control ID',
  tblClauses: 'Clause',
};

const blank = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const fold = (s: string) => s.trim().toLowerCase();
const keyOf = (v: unknown) => (blank(v) ? null : fold(String(v)).replace(/^a\.\s*/, ''));

/** What a cell is written as: text starting with "=" gets Excel's text prefix. */
export function cellInput(v: Cell): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string' && /^[=]/.test(v)) return `'${v}`;
  return v;
}

/** Formula of each calculated column, taken from the first body row that has one. */
function columnFormulas(t: ExistingTable): (string | null)[] {
  return t.headers.map((_, c) => {
    const row = t.body.find((r) => typeof r[c] === 'string' && String(r[c]).startsWith('='));
    return row ? String(row[c]) : null;
  });
}

/** Fills the blank cells of `cells` from `r`; true when any was filled. */
function fillBlanks(
  cells: unknown[],
  r: readonly Cell[],
  formulas: readonly (string | null)[],
): boolean {
  let changed = false;
  r.forEach((v, c) => {
    if (formulas[c] === null && blank(cells[c]) && !blank(v)) {
      cells[c] = cellInput(v);
      changed = true;
    }
  });
  return changed;
}

export function planTableWrites(t: ExistingTable, rows: readonly CanonicalRow[]): TableWrites {
  const cols = t.headers.map(fold);
  const formulas = columnFormulas(t);
  const missing = new Set<string>();
  // Imported rows in table column order (headers matched case-insensitively).
  const ordered = rows.map((r) => {
    const out: Cell[] = cols.map(() => null);
    for (const [h, v] of Object.entries(r)) {
      const c = cols.indexOf(fold(h));
      if (c >= 0) out[c] = v;
      else if (!blank(v)) missing.add(h);
    }
    return out;
  });
  const keyCol = KEY_COLUMNS[t.table] === undefined ? -1 : cols.indexOf(fold(KEY_COLUMNS[t.table]));
  // Every row of the result, existing first then appended; copied when first changed.
  const all: unknown[][] = t.body.map((r) => r as unknown[]);
  const changed = new Set<number>();
  const byKey = new Map<string, number>();
  if (keyCol >= 0)
    t.body.forEach((r, i) => {
      const k = keyOf(r[keyCol]);
      if (k !== null && !byKey.has(k)) byKey.set(k, i);
    });
  const free = t.body.flatMap((r, i) =>
    t.headers.every((_, c) => formulas[c] !== null || blank(r[c])) ? [i] : [],
  );
  let duplicates = 0;
  let added = 0;
  const completed = new Set<number>();
  for (const r of ordered) {
    const key = keyCol >= 0 ? keyOf(r[keyCol]) : null;
    const at = key === null ? undefined : byKey.get(key);
    if (at !== undefined) {
      const cells = changed.has(at) || at >= t.body.length ? all[at] : [...all[at]];
      all[at] = cells;
      if (!fillBlanks(cells, r, formulas)) duplicates++;
      else {
        changed.add(at);
        if (at < t.body.length && !free.includes(at)) completed.add(at);
      }
      continue;
    }
    const slot = free.shift() ?? all.length;
    all[slot] = r.map((v, c) => formulas[c] ?? cellInput(v));
    changed.add(slot);
    added++;
    if (key !== null) byKey.set(key, slot);
  }
  const asInput = (v: unknown) =>
    v === null || v === undefined ? '' : (v as string | number | boolean);
  const fills = [...changed].filter((i) => i < t.body.length).sort((a, b) => a - b);
  return {
    table: t.table,
    fills: fills.map((index) => ({ index, cells: all[index].map(asInput) })),
    appends: all.slice(t.body.length).map((r) => r.map(asInput)),
    added,
    completed: completed.size,
    duplicates,
    missingColumns: [...missing],
  };
}
