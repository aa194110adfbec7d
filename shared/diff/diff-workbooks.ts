/**
 * What changed between two review cycles of one ISMS: the previous cycle's workbooks against the
 * current ones (one each, or sets whose records are pooled and matched by risk, control, clause
 * and finding id). Pure: both as-of dates are arguments.
 */
import type { IsmsWorkbook, Methodology } from '../model/types';
import type { ChangeArea, ChangeItem } from './change-item';
import { AREAS } from './describe-change';
import { methodologyChanges, needsRescale } from './diff-methodology';
import { diffReadiness, readinessSummary, type ReadinessSummary } from './diff-readiness';
import { diffClauses, diffDocuments, diffFindings, diffObjectives } from './diff-records';
import { diffRisks, type PlacedRisk } from './diff-risks';
import { diffSoa } from './diff-soa';

export type DiffOptions = {
  /** The current cycle's "today" (overdue checks, acceptance age, readiness). */
  readonly asOf: string;
  /** The previous cycle's; default `asOf`. */
  readonly previousAsOf?: string;
};

export type DiffResult = {
  readonly previous: readonly string[];
  readonly current: readonly string[];
  readonly asOf: string;
  readonly previousAsOf: string;
  readonly identical: boolean;
  readonly methodology: {
    readonly changed: boolean;
    /** Previous scores were mapped onto the current scales before comparing. */
    readonly rescaled: boolean;
  };
  /** SoA rows matched through the ISO/IEC 27001:2013 → 2022 mapping (both sides). */
  readonly migratedControls: number;
  readonly readiness: { readonly before: ReadinessSummary; readonly after: ReadinessSummary };
  readonly counts: Readonly<Record<ChangeArea, number>>;
  /** Every change, grouped by area in the order of `AREAS`. */
  readonly items: readonly ChangeItem[];
};

const firstMethod = (wbs: readonly IsmsWorkbook[]): Methodology | null =>
  wbs.find((w) => w.methodology !== null)?.methodology ?? null;

function pool<T>(
  wbs: readonly IsmsWorkbook[],
  part: (w: IsmsWorkbook) => readonly T[] | null | undefined,
): T[] {
  return wbs.flatMap((w) => part(w) ?? []);
}

function placed(wbs: readonly IsmsWorkbook[]): PlacedRisk[] {
  return wbs.flatMap((w) => (w.risks ?? []).map((risk) => ({ risk, methodology: w.methodology })));
}

function recordItems(
  previous: readonly IsmsWorkbook[],
  current: readonly IsmsWorkbook[],
): ChangeItem[] {
  return [
    ...diffClauses(
      pool(previous, (w) => w.clauses),
      pool(current, (w) => w.clauses),
    ),
    ...diffFindings(
      pool(previous, (w) => w.auditFindings),
      pool(current, (w) => w.auditFindings),
    ),
    ...diffDocuments(
      pool(previous, (w) => w.documents),
      pool(current, (w) => w.documents),
    ),
    ...diffObjectives(
      pool(previous, (w) => w.objectives),
      pool(current, (w) => w.objectives),
    ),
  ];
}

export function diffWorkbooks(
  previous: readonly IsmsWorkbook[],
  current: readonly IsmsWorkbook[],
  opts: DiffOptions,
): DiffResult {
  const previousAsOf = opts.previousAsOf ?? opts.asOf;
  const mBefore = firstMethod(previous);
  const mAfter = firstMethod(current);
  const soa = diffSoa(
    pool(previous, (w) => w.soa),
    pool(current, (w) => w.soa),
  );
  const before = readinessSummary(previous, previousAsOf);
  const after = readinessSummary(current, opts.asOf);
  const all = [
    ...methodologyChanges(mBefore, mAfter),
    ...diffRisks(
      { risks: placed(previous), asOf: previousAsOf },
      { risks: placed(current), asOf: opts.asOf },
    ),
    ...soa.items,
    ...recordItems(previous, current),
    ...diffReadiness(before, after),
  ];
  const counts = Object.fromEntries(
    AREAS.map((a) => [a, all.filter((i) => i.area === a).length]),
  ) as Record<ChangeArea, number>;
  return {
    previous: previous.map((w) => w.name),
    current: current.map((w) => w.name),
    asOf: opts.asOf,
    previousAsOf,
    identical: all.length === 0,
    methodology: {
      changed: counts.methodology > 0,
      rescaled: mBefore !== null && mAfter !== null && needsRescale(mBefore, mAfter),
    },
    migratedControls: soa.migrated,
    readiness: { before, after },
    counts,
    items: all,
  };
}

/**
 * The flat list of changes (for the management review pack's "changes since the last review").
 *
 * @example changesBetween([last], [now], { asOf: '2026-06-30' }).filter((c) => c.area === 'risk')
 */
export function changesBetween(
  previous: readonly IsmsWorkbook[],
  current: readonly IsmsWorkbook[],
  opts: DiffOptions,
): ChangeItem[] {
  return [...diffWorkbooks(previous, current, opts).items];
}
