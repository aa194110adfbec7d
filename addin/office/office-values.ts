/**
 * Pure normaliser: `Range.values` → `Cell`. Excel reports empty cells as '', dates as serial
 * numbers and errors as `#…` strings; the xlsx reader reports the same cells the same way, so
 * after this both hosts hand identical grids to the core.
 */
import type { Cell } from '../../shared/grid';

export function officeValueToCell(v: unknown): Cell {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** A block of `Range.values` as grid rows, trailing blank cells dropped (rows may be ragged). */
export function officeValuesToRows(values: readonly (readonly unknown[])[]): Cell[][] {
  return values.map((row) => {
    const cells = row.map(officeValueToCell);
    let end = cells.length;
    while (end > 0 && cells[end - 1] === null) end--;
    return cells.slice(0, end);
  });
}
