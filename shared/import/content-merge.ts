/**
 * Header detection and content signals put together: content fills the fields no header named,
 * a content-found table becomes a detection, and a sheet nothing fits says what was found and
 * what is missing.
 */
import { columnNumber } from '../grid/address';
import { filledCount, type SheetView } from './sheet-view';
import { profileColumn, profileColumns, type ColumnProfile } from './column-profile';
import { LIST_FIELDS, listEvidence } from './list-vocabulary';
import { contentFields } from './content-fields';
import type { ContentSignals, ContentTable } from './content-detect';
import { other, type Detection } from './detect-sheet';
import type { ColumnMapping } from './types';

const byColumn = (a: ColumnMapping, b: ColumnMapping) =>
  columnNumber(a.column) - columnNumber(b.column);

export function withContent(v: SheetView, found: Detection): Detection {
  if (found.kind === 'other') return found;
  const profiles = profileColumns(v, found.bottom + 1, v.bottom);
  const det = { ...found, columns: confirmedByLists(found.columns, profiles) };
  const headerOf = (l: string) => det.labels.find((x) => x.column === l)?.header ?? '';
  const extra = contentFields(found.kind, profiles, det.columns, headerOf);
  if (extra.length === 0) return det;
  const columns = [...det.columns, ...extra].sort(byColumn);
  const mapped = new Set(columns.map((c) => c.column));
  return {
    ...det,
    columns,
    reason: `${det.reason}; by content: ${extra.map((e) => e.field).join(', ')}`,
    unmapped: det.unmapped.filter((u) => !mapped.has(u.column)),
  };
}

/**
 * A column a header named whose validation list names the same vocabulary keeps that list as
 * evidence too (`header "Applicable"; column F: data-validation list Yes / No`).
 */
function confirmedByLists(
  columns: readonly ColumnMapping[],
  profiles: readonly ColumnProfile[],
): ColumnMapping[] {
  return columns.map((c) => {
    const p = profiles.find((x) => x.letter === c.column);
    if (!p?.list || !p.validation || !LIST_FIELDS[p.list].includes(c.field)) return c;
    const list = listEvidence(c.column, p.validation);
    return { ...c, evidence: c.evidence ? `${c.evidence}; ${list}` : list };
  });
}

export function fromContent(t: ContentTable): Detection {
  const mapped = new Set(t.columns.map((c) => c.column));
  const avg = t.columns.reduce((s, c) => s + c.confidence, 0) / Math.max(1, t.columns.length);
  return {
    kind: t.kind,
    confidence: Math.round(Math.min(0.9, 0.3 + 0.08 * t.columns.length) * avg * 100) / 100,
    reason: t.reason,
    top: t.top,
    bottom: t.bottom,
    labels: t.labels,
    columns: t.columns,
    unmapped: t.labels.filter((l) => !mapped.has(l.column) && l.header !== ''),
  };
}

/** A "risk" header block whose likelihood or impact column holds finding types (Major / Minor). */
export function scoredWithFindingTypes(
  v: SheetView,
  headerBottom: number,
  columns: readonly ColumnMapping[],
): boolean {
  return columns
    .filter((c) => c.field === 'likelihood' || c.field === 'impact')
    .some((c) => {
      const p = profileColumn(v, columnNumber(c.column), headerBottom + 1, v.bottom);
      return p.findingType >= 2 && p.findingType >= 0.5 * p.filled && p.ints === 0;
    });
}

/** Rows holding at least two values: records of some kind. */
function recordRows(v: SheetView): number {
  let n = 0;
  for (let r = v.top; r <= Math.min(v.bottom, v.top + 2000); r++) if (filledCount(v, r) >= 2) n++;
  return n;
}

export function unrecognised(v: SheetView, signals: ContentSignals): Detection {
  const base = other(
    v,
    'no header row of a risk register, SoA, asset inventory, clause checklist or findings register found',
  );
  const records = recordRows(v);
  if (records < 3) return base;
  const missing = signals.missing.length
    ? signals.missing
    : [
        'no header words of a known kind and no Annex A ids, clause numbers, scored columns or finding types in the cells',
      ];
  const found = signals.found.length ? signals.found.join('; ') : 'nothing specific';
  return {
    ...base,
    explanation: `${records} rows hold records but no kind is certain. Found: ${found}. Missing: ${missing.join('; ')}. Choose a kind in the mapping review (or --map) to import it.`,
    signals: { found: signals.found, missing },
  };
}
