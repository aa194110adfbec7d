/**
 * A sheet mapping for a kind the reviewer chose by hand: the best header row of that kind (or the
 * first row of labels), its columns matched by header words and, for the rest, by content — so
 * choosing "Risk register" on a sheet the detector left out pre-fills every column it can.
 */
import type { WorkbookSnapshot } from '../grid/grid';
import { profileColumns } from './column-profile';
import { contentFields } from './content-fields';
import { repairDateIds } from './date-ids';
import { findHeaderBlocks, headerLabels } from './header-block';
import type { TableKind } from './kind-tables';
import { mapColumns } from './match-header';
import { sheetView, type SheetView } from './sheet-view';
import type { ImportKind, SheetMapping } from './types';

/** The first row holding two or more texts and nothing else: where labels usually are. */
function firstLabelRow(v: SheetView): number {
  for (let r = v.top; r <= Math.min(v.bottom, v.top + 200); r++) {
    let texts = 0;
    let other = 0;
    for (let c = v.left; c <= v.right; c++) {
      const x = v.get(r, c);
      if (typeof x === 'string' && x.trim() !== '') texts++;
      else if (x !== null && x !== '') other++;
    }
    if (texts >= 2 && other === 0) return r;
  }
  return v.top;
}

export function proposeSheetMapping(
  snapshot: WorkbookSnapshot,
  sheet: string,
  kind: ImportKind,
): SheetMapping | null {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) return null;
  const { view: v } = repairDateIds(sheetView(s));
  if (kind === 'other' || v.bottom < v.top) return { kind, headerRow: v.top, columns: {} };
  const k: TableKind = kind;
  const block = findHeaderBlocks(v).find((b) => b.kind === k);
  const top = block?.top ?? firstLabelRow(v);
  const bottom = block?.bottom ?? top;
  const labels = block?.labels ?? headerLabels(v, top, bottom);
  const byWords = block?.match.columns ?? mapColumns(labels, k).columns;
  const headerOf = (l: string) => labels.find((x) => x.column === l)?.header ?? '';
  const byContent = contentFields(
    k,
    profileColumns(v, bottom + 1, v.bottom),
    byWords,
    headerOf,
    true,
  );
  const columns = Object.fromEntries([...byWords, ...byContent].map((c) => [c.column, c.field]));
  return {
    kind,
    headerRow: bottom,
    ...(bottom > top ? { headerRows: bottom - top + 1 } : {}),
    columns,
  };
}
