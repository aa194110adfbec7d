import type { ClauseRow, ReportLocation } from '../gaps/types';
import type { MergedControl } from '../gaps/merge-soa';
import type { CrossCheck } from '../cross/types';
import type { IsmsWorkbook, SourceRef } from '../model/types';
import { sourceCell } from '../cross/source-cell';
import type { Finding } from '../findings/finding';
import type { AreaId, Deduction } from './types';

export const MAX_LOCATIONS = 20;

/** A deduction citing at most MAX_LOCATIONS cells (the rest counted). */
export function deduct(
  area: AreaId,
  points: number,
  check: string,
  ref: string | null,
  reason: string,
  locations: readonly ReportLocation[] = [],
): Deduction {
  return {
    area,
    points,
    check,
    reason,
    ref,
    locations: locations.slice(0, MAX_LOCATIONS),
    moreLocations: Math.max(0, locations.length - MAX_LOCATIONS),
  };
}

/** What each group of checks contributes: its deductions (blockers come from the findings). */
export type Part = { readonly deductions: Deduction[] };

export function part(deductions: Deduction[] = []): Part {
  return { deductions };
}

/** Everything the checks read, computed once. */
export type Context = {
  readonly workbooks: readonly IsmsWorkbook[];
  readonly asOf: string;
  readonly cross: CrossCheck;
  readonly clauses: readonly ClauseRow[];
  /** null when no workbook of the set has an SoA. */
  readonly merged: readonly MergedControl[] | null;
  /** Every finding validate and check report for the set (blockers are its major ones). */
  readonly findings: readonly Finding[];
};

/** True when the set's findings include one of `rule`. */
export function found(ctx: Context, rule: string): boolean {
  return ctx.findings.some((f) => f.rule === rule);
}

/** The cell of one field of a record. */
export function at(workbook: string, ref: SourceRef, key: string): ReportLocation {
  return { workbook, sheet: ref.sheet, cell: sourceCell(ref, key), row: ref.row };
}

/** The locations of the findings (cross-workbook and others) of one rule. */
export function findingLocations(ctx: Context, rule: string): ReportLocation[] {
  return ctx.findings
    .filter((f) => f.rule === rule)
    .map((f) => ({ workbook: f.workbook, sheet: f.sheet ?? '', cell: f.cell, row: f.row }));
}

/** `a, b, c and 4 more`. */
export function listed(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
