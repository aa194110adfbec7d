/** Asset inventory rows → tblAssets; clause checklist rows → tblClauses. */
import type { Cell } from '../grid/grid';
import { asNumber, asText, formatGeneral } from '../grid/cell';
import { findClause } from '../catalog/clauses';
import { ASSETS, CLAUSES_TABLE } from '../workbook/canonical';
import { parseClauseStatus } from '../vocabulary/clause-status';
import type { DataRow } from './data-rows';
import { FieldCells } from './field-cells';
import type { SheetView } from './sheet-view';
import { blankRow } from './blank-row';
import type { CanonicalRow, ColumnMapping, DroppedItem } from './types';

export type SimpleConversion = {
  readonly rows: CanonicalRow[];
  readonly dropped: DroppedItem[];
  readonly notes: { row: number | null; message: string }[];
};

const A = Object.fromEntries(ASSETS.columns.map((c) => [c.key, c.header]));
const C = Object.fromEntries(CLAUSES_TABLE.columns.map((c) => [c.key, c.header]));

/** A tblAssets row with every column blank, its keys in the table's column order. */
const ASSET_ROW: CanonicalRow = blankRow(ASSETS);
const ASSET_TEXTS = ['name', 'type', 'owner', 'location', 'classification'];
const ASSET_LEVELS = ['confidentiality', 'integrity', 'availability'];

export function convertAssets(
  v: SheetView,
  rows: readonly DataRow[],
  columns: readonly ColumnMapping[],
  nextId: () => string,
): SimpleConversion {
  const out: CanonicalRow[] = [];
  const dropped: DroppedItem[] = [];
  const notes: { row: number | null; message: string }[] = [];
  const cells = new FieldCells(v, columns);
  const idCol = cells.column('id');
  const nameCol = cells.column('name');
  const texts = ASSET_TEXTS.map((k) => [A[k], cells.column(k)] as const);
  const levels = ASSET_LEVELS.map((k) => [A[k], cells.column(k)] as const);
  for (const r of rows) {
    const row = r.row;
    let id = asText(cells.at(row, idCol));
    if (asText(cells.at(row, nameCol)) === null && id === null) {
      dropped.push({
        sheet: v.name,
        rows: [row, row],
        cell: null,
        value: null,
        reason: 'row without asset name or id',
      });
      continue;
    }
    if (id === null) {
      id = nextId();
      notes.push({ row, message: `no asset id: ${id} assigned` });
    }
    // The row template copied and filled in (cheaper than a literal with computed keys).
    const o: CanonicalRow = { ...ASSET_ROW };
    o[A.id] = id;
    for (const [header, col] of texts) o[header] = asText(cells.at(row, col));
    for (const [header, col] of levels) o[header] = level(cells.at(row, col));
    out.push(o);
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
