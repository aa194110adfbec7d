/**
 * What a sheet holds: the best header block per kind, checked against the content below it
 * (an SoA needs Annex A ids, a clause checklist needs clause numbers 4–10).
 */
import { asText, isBlank } from '../grid/cell';
import { columnLetter, columnNumber } from '../grid/address';
import { findClause } from '../catalog/clauses';
import { readControlId } from './control-id';
import { findHeaderBlocks, headerLabels, MAX_COLS, type HeaderBlock } from './header-block';
import { mapColumns, round2, type HeaderLabel } from './match-header';
import { applicableByContent, controlListShare, keyValueColumn } from './content-checks';
import type { SheetView } from './sheet-view';
import { detectByContent } from './content-detect';
import { fromContent, scoredWithFindingTypes, unrecognised, withContent } from './content-merge';
import type { ColumnMapping, ImportKind, SheetMapping, UnmappedColumn } from './types';
import { fromFirstCopy } from './stacked-above';
import { sharedNumbersKind } from './clause-or-control';

export type Detection = {
  readonly kind: ImportKind;
  readonly confidence: number;
  readonly reason: string;
  readonly top: number;
  readonly bottom: number;
  readonly labels: readonly HeaderLabel[];
  readonly columns: readonly ColumnMapping[];
  readonly unmapped: readonly UnmappedColumn[];
  /** For sheets left out although they look like a register: why. */
  readonly explanation?: string;
  /** What the cells showed and what a kind would still need (for sheets left out). */
  readonly signals?: { readonly found: readonly string[]; readonly missing: readonly string[] };
};

const SAMPLE_ROWS = 300;

export function detectSheet(v: SheetView): Detection {
  if (v.bottom < v.top) return other(v, 'empty sheet');
  for (const b of findHeaderBlocks(v)) {
    const checked = checkContent(v, b);
    if (checked) return withContent(v, fromFirstCopy(v, checked, idTestOf(checked.kind)));
  }
  const content = detectByContent(v);
  if (content.table) return fromContent(content.table);
  const kv = keyValueColumn(v, v.top);
  if (kv) return keyValueSheet(v, kv);
  return unrecognised(v, content.signals);
}

function keyValueSheet(v: SheetView, column: string): Detection {
  return {
    ...other(
      v,
      `asset details laid out as vertical key/value blocks (attribute names in column ${column}), not as a table`,
    ),
    explanation: `Each asset is a vertical block of attribute/value rows (attribute names in column ${column}) rather than one row per asset; it was not converted into tblAssets and is kept as the original sheet.`,
  };
}

export function other(v: SheetView, reason: string): Detection {
  return {
    kind: 'other',
    confidence: 0,
    reason,
    top: v.top,
    bottom: v.top - 1,
    labels: [],
    columns: [],
    unmapped: [],
  };
}

function checkContent(v: SheetView, b: HeaderBlock): Detection | null {
  let columns = b.match.columns;
  let note = '';
  if (b.kind === 'risks' && scoredWithFindingTypes(v, b.bottom, columns)) return null;
  if (b.kind === 'soa' || b.kind === 'clauses') {
    const isId = b.kind === 'soa' ? isControlId : isClauseId;
    const best = bestContentColumn(v, b.bottom, isId);
    const current = columns.find((c) => c.field === 'id');
    const currentCount = current ? countIds(v, b.bottom, columnNumber(current.column), isId) : 0;
    if (best && best.count > currentCount) {
      columns = withId(b, best.col);
      note = `; ids found by content in column ${columnLetter(best.col)}`;
    }
    const count = Math.max(best?.count ?? 0, currentCount);
    if (
      count === 0 &&
      hasData(v, b.bottom) &&
      !(b.kind === 'soa' && domainRows(v, b.bottom, columns) > 0)
    )
      return null;
    const idCol = columns.find((c) => c.field === 'id');
    // 5.1 … 8.3 under an SoA header whose row titles name the clauses (or the reverse).
    const verdict =
      idCol && sharedNumbersKind(v, columnNumber(idCol.column), b.bottom + 1, v.bottom);
    if (verdict && verdict !== b.kind) return null;
    if (b.kind === 'soa') columns = applicableByContent(v, b.bottom, columns, b.labels);
  }
  if (b.kind === 'assets') {
    if (controlListShare(v, b.bottom, columns) > 0.5) return null;
    const kv = keyValueColumn(v, b.top);
    if (kv) return keyValueSheet(v, kv);
  }
  const mapped = new Set(columns.map((c) => c.column));
  const avg = columns.reduce((s, c) => s + c.confidence, 0) / Math.max(1, columns.length);
  const confidence = round2(Math.min(1, 0.4 + 0.12 * columns.length) * avg);
  const fields = columns.map((c) => c.field).join(', ');
  return {
    kind: b.kind,
    confidence,
    reason: `header row${b.top === b.bottom ? ` ${b.top}` : `s ${b.top}–${b.bottom}`} names ${fields}${note}`,
    top: b.top,
    bottom: b.bottom,
    labels: b.labels,
    columns,
    unmapped: b.labels.filter((l) => !mapped.has(l.column) && l.header !== ''),
  };
}

/** The id column found by content; the other columns are mapped again without it. */
function withId(b: HeaderBlock, col: number): ColumnMapping[] {
  const letter = columnLetter(col);
  const header = b.labels.find((l) => l.column === letter)?.header ?? '';
  const rest = mapColumns(
    b.labels.filter((l) => l.column !== letter),
    b.kind,
  ).columns.filter((c) => c.field !== 'id');
  return [...rest, { column: letter, header, field: 'id', confidence: 0.8 }].sort(
    (x, y) => columnNumber(x.column) - columnNumber(y.column),
  );
}

function idTestOf(kind: ImportKind): ((t: string | number) => boolean) | null {
  return kind === 'soa' ? isControlId : kind === 'clauses' ? isClauseId : null;
}

function isControlId(t: string | number): boolean {
  const r = readControlId(t);
  if (!r) return false;
  const major = Number(r.id.split('.')[0]);
  return major >= 5 && major <= 18;
}

function isClauseId(t: string | number): boolean {
  const text = String(t).trim();
  return (
    /^\d{1,2}(\s*\.\s*\d{1,2}){1,2}\b/.test(text) && findClause(text.split(/[,;]/)[0]) !== null
  );
}

function countIds(
  v: SheetView,
  headerBottom: number,
  col: number,
  isId: (t: string | number) => boolean,
): number {
  let n = 0;
  const last = Math.min(v.bottom, headerBottom + SAMPLE_ROWS);
  for (let r = headerBottom + 1; r <= last; r++) {
    const x = v.displayText(r, col) ?? v.get(r, col);
    if ((typeof x === 'string' || typeof x === 'number') && !isBlank(x) && isId(x)) n++;
  }
  return n;
}

function bestContentColumn(
  v: SheetView,
  headerBottom: number,
  isId: (t: string | number) => boolean,
): { col: number; count: number } | null {
  let best: { col: number; count: number } | null = null;
  for (let c = v.left; c <= Math.min(v.right, v.left + MAX_COLS - 1); c++) {
    const count = countIds(v, headerBottom, c, isId);
    if (count > 0 && (!best || count > best.count)) best = { col: c, count };
  }
  return best;
}

function hasData(v: SheetView, headerBottom: number): boolean {
  return v.bottom > headerBottom;
}

/** Rows naming an Annex A domain (`A.5 Information security policies`) in the id or title column. */
export function domainRows(
  v: SheetView,
  headerBottom: number,
  columns: readonly ColumnMapping[],
): number {
  const cols = columns
    .filter((c) => c.field === 'id' || c.field === 'title')
    .map((c) => columnNumber(c.column));
  let n = 0;
  for (let r = headerBottom + 1; r <= Math.min(v.bottom, headerBottom + SAMPLE_ROWS); r++) {
    if (cols.some((c) => /^A\.\d{1,2}\s+\S/.test(asText(v.get(r, c)) ?? ''))) n++;
  }
  return n;
}

/** A user's mapping for a sheet (from `--map`), applied as given. */
export function detectionFromMapping(v: SheetView, m: SheetMapping): Detection {
  const height = Math.max(1, m.headerRows ?? 1);
  const top = m.headerRow - height + 1;
  const labels = headerLabels(v, top, m.headerRow);
  const columns: ColumnMapping[] = [];
  for (const [key, field] of Object.entries(m.columns)) {
    if (field === 'ignore') continue;
    const letter = /^[A-Z]{1,3}$/.test(key) ? key : labels.find((l) => l.header === key)?.column;
    if (letter)
      columns.push({
        column: letter,
        header: labels.find((l) => l.column === letter)?.header ?? key,
        field,
        confidence: 1,
      });
  }
  const mapped = new Set(columns.map((c) => c.column));
  return {
    kind: m.kind,
    confidence: 1,
    reason: 'mapping given by the user (--map)',
    top,
    bottom: m.headerRow,
    labels,
    columns,
    unmapped: labels.filter((l) => !mapped.has(l.column) && l.header !== ''),
  };
}
