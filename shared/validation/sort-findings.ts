/** The one order findings are shown in: by sheet, row, column, then rule (stable otherwise). */
import { parseAddress } from '../grid/address';
import type { Finding } from './finding';

function cmpNullable<T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return cmp(a, b);
}

const num = (x: number, y: number) => x - y;
const str = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function colOf(f: Finding): number | null {
  return f.cell ? (parseAddress(f.cell)?.col ?? null) : null;
}

function compareAt(a: Finding, aCol: number | null, b: Finding, bCol: number | null): number {
  return (
    str(a.workbook, b.workbook) ||
    cmpNullable(a.sheet, b.sheet, str) ||
    cmpNullable(a.row, b.row, num) ||
    cmpNullable(aCol, bCol, num) ||
    str(a.rule, b.rule)
  );
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareAt(a, colOf(a), b, colOf(b));
}

/** A sorted copy (Array.prototype.sort is stable, so equal findings keep their order). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Each finding's column is parsed once, not in every comparison (registers give tens of thousands).
  const keyed = findings.map((f) => ({ f, col: colOf(f) }));
  keyed.sort((x, y) => compareAt(x.f, x.col, y.f, y.col));
  return keyed.map((k) => k.f);
}
