/** Performance inputs of the pack (9.3.2 d): nonconformities, audit results, objectives, clause rows. */
import type { Cell } from '../grid/grid';
import type { AuditFinding, IsmsWorkbook, Objective } from '../model/types';
import type { ClauseRow } from '../gaps/types';
import type { ClauseItem, NcItem, ObjectiveItem } from './types';
import { sourceCell } from '../cross/source-cell';

export function ncItem(wb: string, f: AuditFinding, asOf: string): NcItem {
  const state: NcItem['state'] =
    f.closed !== null
      ? f.effectivenessVerified
        ? 'Closed and verified'
        : 'Closed'
      : f.due !== null && f.due < asOf
        ? 'Overdue'
        : 'Open';
  return {
    id: f.id,
    type: f.type,
    source: f.source ?? (f.sourceRaw === null ? null : String(f.sourceRaw)),
    reference: f.reference,
    description: f.description,
    correctiveAction: f.correctiveAction,
    owner: f.owner,
    due: f.due,
    closed: f.closed,
    state,
    location: { workbook: wb, sheet: f.ref.sheet, cell: sourceCell(f.ref, 'id'), row: f.ref.row },
  };
}

/**
 * The set's audit findings that are still open, or were closed within the year before asOf (the
 * review looks back to the previous one), matching `keep`.
 */
export function findingItems(
  workbooks: readonly IsmsWorkbook[],
  asOf: string,
  keep: (f: AuditFinding) => boolean,
): NcItem[] {
  const yearAgo = `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;
  return workbooks.flatMap((wb) =>
    (wb.auditFindings ?? [])
      .filter((f) => (f.id || f.description) && keep(f))
      .filter((f) => f.closed === null || f.closed >= yearAgo)
      .map((f) => ncItem(wb.name, f, asOf)),
  );
}

export const isNonconformity = (f: AuditFinding) => f.type === 'Major NC' || f.type === 'Minor NC';
export const isAuditResult = (f: AuditFinding) =>
  f.source === 'Internal audit' ||
  f.source === 'Stage 1' ||
  f.source === 'Stage 2' ||
  f.source === 'Surveillance';
export const isOpportunity = (f: AuditFinding) => f.type === 'Opportunity for improvement';

function text(v: Cell): string | null {
  return v === null || v === '' ? null : String(v);
}

const DONE = new Set(['achieved', 'missed']);

function objectiveItem(wb: string, o: Objective, asOf: string): ObjectiveItem {
  return {
    id: o.id,
    objective: o.objective,
    measure: o.measure,
    target: text(o.target),
    actual: text(o.actual),
    owner: o.owner,
    due: o.due,
    status: o.status,
    unmeasured: !o.measure || text(o.target) === null,
    overdue: o.due !== null && o.due < asOf && !DONE.has((o.status ?? '').trim().toLowerCase()),
    location: { workbook: wb, sheet: o.ref.sheet, cell: sourceCell(o.ref, 'id'), row: o.ref.row },
  };
}

export function objectiveItems(workbooks: readonly IsmsWorkbook[], asOf: string): ObjectiveItem[] {
  return workbooks.flatMap((wb) =>
    (wb.objectives ?? [])
      .filter((o) => o.id || o.objective)
      .map((o) => objectiveItem(wb.name, o, asOf)),
  );
}

/** The merged clause rows whose id starts with one of `prefixes` (`9.2` → 9.2.1, 9.2.2). */
export function clauseItems(clauses: readonly ClauseRow[], ...prefixes: string[]): ClauseItem[] {
  return clauses
    .filter((c) => prefixes.some((p) => c.id === p || c.id.startsWith(`${p}.`)))
    .map((c) => ({
      clause: c.id,
      title: c.title,
      status: c.status,
      evidence: c.evidence,
      notes: c.notes,
      owner: c.owner,
    }));
}
