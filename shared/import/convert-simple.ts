/** Asset inventory rows → tblAssets; clause checklist rows → tblClauses. */
import type { Cell } from '../grid/grid';
import { asNumber, asText, formatGeneral } from '../grid/cell';
import { findClause } from '../catalog/clauses';
import { ASSETS, CLAUSES_TABLE } from '../workbook/canonical';
import { parseClauseStatus } from '../vocabulary/clause-status';
import type { DataRow } from './data-rows';
import type { CanonicalRow, DroppedItem } from './types';

export type SimpleConversion = {
  readonly rows: CanonicalRow[];
  readonly dropped: DroppedItem[];
  readonly notes: { row: number | null; message: string }[];
};

const A = Object.fromEntries(ASSETS.columns.map((c) => [c.key, c.header]));
const C = Object.fromEntries(CLAUSES_TABLE.columns.map((c) => [c.key, c.header]));

export function convertAssets(
  sheet: string,
  rows: readonly DataRow[],
  nextId: () => string,
): SimpleConversion {
  const out: CanonicalRow[] = [];
  const dropped: DroppedItem[] = [];
  const notes: { row: number | null; message: string }[] = [];
  for (const r of rows) {
    const text = (k: string) => asText(r.field(k));
    if (text('name') === null && text('id') === null) {
      dropped.push({
        sheet,
        rows: [r.row, r.row],
        cell: null,
        value: null,
        reason: 'row without asset name or id',
      });
      continue;
    }
    let id = text('id');
    if (id === null) {
      id = nextId();
      notes.push({ row: r.row, message: `no asset id: ${id} assigned` });
    }
    out.push({
      [A.id]: id,
      [A.name]: text('name'),
      [A.type]: text('type'),
      [A.owner]: text('owner'),
      [A.location]: text('location'),
      [A.classification]: text('classification'),
      [A.confidentiality]: level(r.field('confidentiality')),
      [A.integrity]: level(r.field('integrity')),
      [A.availability]: level(r.field('availability')),
    });
  }
  return { rows: out, dropped, notes };
}

function level(v: Cell): Cell {
  return asNumber(v) ?? asText(v);
}

/** Clause references in one cell: `4.1`, `6.1.1`, `7.4,7.5`, `8.1 , 8.2 ,8.3`, `Clause 9`. */
function clauseIds(v: Cell): string[] {
  const text = typeof v === 'number' ? formatGeneral(v) : (asText(v) ?? '');
  return [...text.matchAll(/\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}/g)].map((m) =>
    m[0].replace(/\s+/g, ''),
  );
}

export function convertClauses(sheet: string, rows: readonly DataRow[]): SimpleConversion {
  const out: CanonicalRow[] = [];
  const dropped: DroppedItem[] = [];
  const notes: { row: number | null; message: string }[] = [];
  for (const r of rows) {
    const ids = clauseIds(r.display('id') ?? r.field('id'));
    const clauses = ids.map((i) => findClause(i)).filter((c) => c !== null);
    if (clauses.length === 0) {
      dropped.push({
        sheet,
        rows: [r.row, r.row],
        cell: null,
        value: asText(r.field('id')),
        reason: 'no ISO/IEC 27001 clause number (4–10) in the clause column',
      });
      continue;
    }
    if (clauses.length > 1)
      notes.push({
        row: r.row,
        message: `one row names clauses ${ids.join(', ')}: one row per clause`,
      });
    const statusRaw = asText(r.field('status'));
    const status = parseClauseStatus(statusRaw);
    if (statusRaw && !status)
      notes.push({
        row: r.row,
        message: `status "${statusRaw}" is a placeholder or not a conformance status; left blank`,
      });
    for (const c of clauses) {
      out.push({
        [C.id]: c.id,
        [C.title]: c.title,
        [C.status]: status,
        [C.evidence]: asText(r.field('evidence')),
        [C.owner]: asText(r.field('owner')),
        [C.notes]: asText(r.field('notes')),
      });
    }
  }
  return { rows: out, dropped, notes };
}
