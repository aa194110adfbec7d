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

export function compareFindings(a: Finding, b: Finding): number {
  return (
    str(a.workbook, b.workbook) ||
    cmpNullable(a.sheet, b.sheet, str) ||
    cmpNullable(a.row, b.row, num) ||
    cmpNullable(
      a.cell ? (parseAddress(a.cell)?.col ?? null) : null,
      b.cell ? (parseAddress(b.cell)?.col ?? null) : null,
      num,
    ) ||
    str(a.rule, b.rule)
  );
}

/** A sorted copy (Array.prototype.sort is stable, so equal findings keep their order). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
