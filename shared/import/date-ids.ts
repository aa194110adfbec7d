/**
 * Ids Excel turned into dates: typed `10.1.1` or `5.1` into a cell, Excel stores a date serial
 * (10 January 2001, 5 January of that year) and shows it through a date format. In a column of
 * control or clause ids, such cells are read back as the id the user typed: day.month(.yy) or
 * month.day(.yy), whichever reading makes valid ids of most of the column's date cells.
 */
import { cellAddress, columnLetter } from '../grid/address';
import { serialToIsoDate } from '../grid/cell';
import { findClause } from '../catalog/clauses';
import { getControl, getControl2013 } from '../catalog/find-control';
import { readControlId } from './control-id';
import type { SheetView } from './sheet-view';

const MAX_ROWS = 20_000;
type Pattern = (d: number, m: number, y: number) => string;
const PATTERNS: readonly Pattern[] = [
  (d, m, y) => `${d}.${m}.${y % 100}`,
  (d, m, y) => `${m}.${d}.${y % 100}`,
  (d, m) => `${d}.${m}`,
  (d, m) => `${m}.${d}`,
];

function isKnownId(id: string): boolean {
  const levels = id.split('.').length;
  if (levels === 2) return getControl(id) !== undefined || findClause(id)?.id === id;
  return getControl2013(`A.${id}`) !== undefined || findClause(id)?.id === id;
}

function isSerial(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x > 10_000 && x < 80_000;
}

/** The repaired ids of one column (A1 → id), or null when the column is not an id column. */
function repairColumn(v: SheetView, col: number): Map<string, string> | null {
  const serials: [number, number][] = [];
  let textIds = 0;
  for (let r = v.top; r <= Math.min(v.bottom, v.top + MAX_ROWS); r++) {
    const x = v.get(r, col);
    if (isSerial(x)) serials.push([r, x]);
    else if (typeof x === 'string' && readControlId(x) !== null) textIds++;
  }
  if (serials.length < 2) return null;
  const parts = serials.map(([, s]) => serialToIsoDate(s).split('-').map(Number));
  let best: { ids: string[]; valid: number; threeLevel: boolean } | null = null;
  for (const [i, p] of PATTERNS.entries()) {
    const ids = parts.map(([y, m, d]) => p(d, m, y));
    const valid = ids.filter(isKnownId).length;
    if (!best || valid > best.valid) best = { ids, valid, threeLevel: i < 2 };
  }
  if (!best || best.valid < 2 || best.valid < 0.8 * serials.length) return null;
  if (textIds === 0 && !(best.threeLevel && best.valid >= 3)) return null;
  const out = new Map<string, string>();
  serials.forEach(([r], i) => {
    if (best && isKnownId(best.ids[i])) out.set(cellAddress(r, col), best.ids[i]);
  });
  return out;
}

/**
 * The view with date-converted ids shown as ids (through `displayText`, which the id readers
 * consult first), and one note per repaired column for the import report.
 */
export function repairDateIds(v: SheetView): { view: SheetView; notes: string[] } {
  const fixed = new Map<string, string>();
  const notes: string[] = [];
  for (let c = v.left; c <= Math.min(v.right, v.left + 255); c++) {
    const col = repairColumn(v, c);
    if (!col) continue;
    const [first] = col.values();
    notes.push(
      `column ${columnLetter(c)}: ${col.size} id(s) that Excel had stored as dates read back as ids (e.g. ${first})`,
    );
    for (const [k, id] of col) fixed.set(k, id);
  }
  if (fixed.size === 0) return { view: v, notes };
  const view: SheetView = {
    ...v,
    displayText: (row, col) => fixed.get(cellAddress(row, col)) ?? v.displayText(row, col),
  };
  return { view, notes };
}
