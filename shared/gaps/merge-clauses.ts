/**
 * The conformance matrix: each of the 30 assessable clauses (4.1 … 10.2) with its status as the
 * set of workbooks records it in tblClauses. When several workbooks record a clause, the worst
 * assessed status stands (an auditor takes the weakest evidence); `Not assessed` only when none
 * is assessed. A row for a parent clause (`9.2`) counts for its sub-clauses that have no row.
 */
import type { ClauseEntry, ClauseStatus, IsmsWorkbook } from '../model/types';
import type { ClauseRow, ReportLocation } from './types';
import { ASSESSABLE_CLAUSES, CLAUSES, findClause } from '../catalog/clauses';
import { sourceCell } from '../cross/source-cell';

const RANK: Readonly<Record<ClauseStatus, number>> = {
  'Not assessed': 0,
  Conformant: 1,
  Partial: 2,
  Nonconformant: 3,
};

type Recorded = { workbook: string; entry: ClauseEntry; clauseId: string };

function recorded(workbooks: readonly IsmsWorkbook[]): Recorded[] {
  const out: Recorded[] = [];
  for (const wb of workbooks) {
    for (const entry of wb.clauses ?? []) {
      const clause = entry.id ? findClause(entry.id) : null;
      if (clause) out.push({ workbook: wb.name, entry, clauseId: clause.id });
    }
  }
  return out;
}

function statusOf(r: Recorded): ClauseStatus {
  return r.entry.status ?? 'Not assessed';
}

function location(r: Recorded): ReportLocation {
  const cell = sourceCell(r.entry.ref, 'status');
  return { workbook: r.workbook, sheet: r.entry.ref.sheet, cell, row: r.entry.ref.row };
}

function section(id: string): string {
  const top = id.split('.')[0];
  const c = CLAUSES.find((k) => k.id === top);
  return c ? `${c.id} ${c.title}` : top;
}

export function mergeClauses(workbooks: readonly IsmsWorkbook[]): ClauseRow[] {
  const all = recorded(workbooks);
  return ASSESSABLE_CLAUSES.map((clause) => {
    let rows = all.filter((r) => r.clauseId === clause.id);
    if (rows.length === 0 && clause.parent && clause.level > 2)
      rows = all.filter((r) => r.clauseId === clause.parent);
    const base = { id: clause.id, title: clause.title, section: section(clause.id) };
    if (rows.length === 0) {
      return {
        ...base,
        status: 'Not assessed',
        recorded: false,
        evidence: null,
        owner: null,
        notes: null,
        source: null,
      };
    }
    const worst = rows.reduce((a, b) => (RANK[statusOf(b)] > RANK[statusOf(a)] ? b : a));
    return {
      ...base,
      status: statusOf(worst),
      recorded: true,
      evidence: worst.entry.evidence,
      owner: worst.entry.owner,
      notes: worst.entry.notes,
      source: location(worst),
    };
  });
}
