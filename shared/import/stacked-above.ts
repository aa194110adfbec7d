/**
 * Tables stacked on one sheet with their header repeated: the header search may pick a later
 * copy (its words read better), but the records above it, under an earlier header of the same
 * shape, belong to the same register. The detection then starts at the first copy's header.
 */
import { isBlank } from '../grid/cell';
import { columnNumber } from '../grid/address';
import { filledCount, type SheetView } from './sheet-view';
import type { ColumnMapping } from './types';

/** What fromFirstCopy needs of a detection. */
type StackedDetection = {
  readonly top: number;
  readonly bottom: number;
  readonly reason: string;
  readonly columns: readonly ColumnMapping[];
};

/** Columns holding a short text in row `r` (a header row has no numbers and no prose). */
function headerShape(v: SheetView, r: number): Set<number> | null {
  const cols = new Set<number>();
  for (let c = v.left; c <= Math.min(v.right, v.left + 255); c++) {
    const x = v.get(r, c);
    if (isBlank(x)) continue;
    if (typeof x !== 'string' || x.length > 160) return null;
    cols.add(c);
  }
  return cols.size >= 2 ? cols : null;
}

function sameShape(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  let common = 0;
  for (const c of a) if (b.has(c)) common++;
  return common >= 2 && common >= 0.8 * Math.max(a.size, b.size);
}

/**
 * The first header row of the stack whose copy the detection found at `top..bottom`, or `top`
 * when nothing above belongs to it. `isRecord(r)` says whether row r is a record of the kind
 * (an Annex A id in the id column for an SoA, most mapped cells filled otherwise).
 */
export function firstStackedTop(
  v: SheetView,
  top: number,
  bottom: number,
  isRecord: (r: number) => boolean,
): number {
  const shape = headerShape(v, bottom);
  if (!shape) return top;
  const height = bottom - top;
  let start = top;
  let records = 0;
  for (let r = start - 1; r >= v.top; r--) {
    if (isRecord(r)) records++;
    else if (filledCount(v, r) <= 1) continue;
    else {
      const s = headerShape(v, r);
      if (!s || !sameShape(s, shape) || records === 0 || r - height < v.top) break;
      start = r - height;
      records = 0;
      r = start;
    }
  }
  return start;
}

/**
 * A record of a kind without an id test: most mapped cells filled (the id cell among them when an
 * id column is mapped) and a number in one of them (scores, dates): a header row has none.
 */
export function filledRecord(v: SheetView, columns: readonly ColumnMapping[]) {
  const cols = columns.map((c) => columnNumber(c.column));
  const id = columns.find((c) => c.field === 'id');
  return (r: number): boolean => {
    if (id && isBlank(v.get(r, columnNumber(id.column)))) return false;
    const n = cols.filter((c) => !isBlank(v.get(r, c))).length;
    return n >= 2 && n >= 0.6 * cols.length && cols.some((c) => typeof v.get(r, c) === 'number');
  };
}

/** A later copy of stacked tables was found: the data starts under the first copy's header. */
export function fromFirstCopy<D extends StackedDetection>(
  v: SheetView,
  det: D,
  isId: ((t: string | number) => boolean) | null,
): D {
  const id = det.columns.find((c) => c.field === 'id');
  const col = id ? columnNumber(id.column) : 0;
  const isRecord =
    isId && id
      ? (r: number) => {
          const x = v.displayText(r, col) ?? v.get(r, col);
          return (typeof x === 'string' || typeof x === 'number') && !isBlank(x) && isId(x);
        }
      : filledRecord(v, det.columns);
  const top = firstStackedTop(v, det.top, det.bottom, isRecord);
  if (top === det.top) return det;
  const bottom = top + det.bottom - det.top;
  return {
    ...det,
    top,
    bottom,
    reason: `${det.reason}; the same table is stacked below its first header (row ${bottom})`,
  };
}
