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

type Reading = {
  /** The id each distinct serial reads as, when it is a known id. */
  readonly ids: ReadonlyMap<number, string>;
  readonly valid: number;
  readonly threeLevel: boolean;
};

/**
 * The reading (pattern) that makes valid ids of the most serials, when one makes valid ids of at
 * least 80 % of them. Each distinct serial is read once per pattern (a column of real dates
 * repeats the same few hundred days over thousands of rows).
 */
function bestReading(serials: readonly number[]): Reading | null {
  const counts = new Map<number, number>();
  for (const s of serials) counts.set(s, (counts.get(s) ?? 0) + 1);
  const parts = [...counts.keys()].map((s) => serialToIsoDate(s).split('-').map(Number));
  let best: Reading | null = null;
  for (const [i, pattern] of PATTERNS.entries()) {
    const ids = new Map<number, string>();
    let valid = 0;
    let k = 0;
    for (const [s, n] of counts) {
      const [y, m, d] = parts[k++];
      const id = pattern(d, m, y);
      if (!isKnownId(id)) continue;
      ids.set(s, id);
      valid += n;
    }
    if (!best || valid > best.valid) best = { ids, valid, threeLevel: i < 2 };
  }
  return best && best.valid >= 0.8 * serials.length ? best : null;
}

function hasTextId(v: SheetView, col: number, last: number): boolean {
  for (let r = v.top; r <= last; r++) {
    const x = v.get(r, col);
    if (typeof x === 'string' && readControlId(x) !== null) return true;
  }
  return false;
}

/** The repaired ids of one column (A1 → id), or null when the column is not an id column. */
function repairColumn(v: SheetView, col: number): Map<string, string> | null {
  const serials: [number, number][] = [];
  const last = Math.min(v.bottom, v.top + MAX_ROWS);
  for (let r = v.top; r <= last; r++) {
    const x = v.get(r, col);
    if (isSerial(x)) serials.push([r, x]);
  }
  if (serials.length < 2) return null;
  const best = bestReading(serials.map(([, s]) => s));
  if (!best || best.valid < 2) return null;
  // Read only for a column that passed the tests above (most columns have no date serials).
  if (!(best.threeLevel && best.valid >= 3) && !hasTextId(v, col, last)) return null;
  const out = new Map<string, string>();
  for (const [r, s] of serials) {
    const id = best.ids.get(s);
    if (id !== undefined) out.set(cellAddress(r, col), id);
  }
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
