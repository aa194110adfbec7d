/** The tables the pack's input sections are made of. */
import type { ChangeItem } from '../../../shared/diff';
import type { ClauseItem, NcItem, ObjectiveItem, ReviewItem } from '../../../shared/review';
import { REVIEW } from '../../../shared/review';
import type { PackTable } from './outline';

const W_REVIEW = [11, 30, 40, 14, 10, 11, 8];

export function reviewTable(title: string, items: readonly ReviewItem[], empty: string): PackTable {
  return {
    title,
    columns: ['Meeting', 'Input', 'Decision or action', 'Owner', 'Due', 'Status', 'Overdue'],
    rows: items.map((r) => [
      r.meetingDate,
      r.input,
      r.decision,
      r.owner,
      r.due,
      r.status,
      r.overdue ? 'Yes' : '',
    ]),
    empty,
    widths: W_REVIEW,
  };
}

export function clauseTable(title: string, items: readonly ClauseItem[]): PackTable {
  return {
    title,
    columns: ['Clause', 'Requirement', 'Status', 'Evidence', 'Notes', 'Owner'],
    rows: items.map((c) => [c.clause, c.title, c.status, c.evidence, c.notes, c.owner]),
    empty: 'Not recorded in the clause register.',
    widths: [8, 30, 13, 30, 30, 14],
  };
}

export function ncTable(title: string, items: readonly NcItem[], empty: string): PackTable {
  return {
    title,
    columns: ['ID', 'Type', 'Source', 'Description', 'Corrective action', 'Owner', 'Due', 'State'],
    rows: items.map((n) => [
      n.id,
      n.type,
      n.source,
      n.description,
      n.correctiveAction,
      n.owner,
      n.due,
      n.state,
    ]),
    empty,
    widths: [8, 12, 13, 34, 30, 14, 10, 12],
  };
}

export function objectiveTable(items: readonly ObjectiveItem[]): PackTable {
  return {
    title: 'Information security objectives (6.2)',
    columns: ['ID', 'Objective', 'Measure', 'Target', 'Actual', 'Owner', 'Due', 'Status'],
    rows: items.map((o) => [
      o.id,
      o.objective,
      o.measure ?? 'No measure',
      o.target ?? 'No target',
      o.actual,
      o.owner,
      o.due,
      o.overdue ? `${o.status ?? 'No status'} (overdue)` : o.status,
    ]),
    empty: 'No objectives recorded (tblObjectives).',
    widths: [8, 32, 26, 12, 12, 14, 10, 14],
  };
}

export function changeTable(items: readonly ChangeItem[] | null): PackTable {
  return {
    title: 'Changes since the last review',
    columns: ['Area', 'Change', 'Item', 'Field', 'Before', 'After'],
    rows: (items ?? []).map((c) => [c.area, c.kind, c.id, c.field, c.before, c.after]),
    empty: items === null ? REVIEW.noPrevious : 'Nothing changed since the last review.',
    widths: [12, 10, 12, 16, 24, 24],
  };
}
