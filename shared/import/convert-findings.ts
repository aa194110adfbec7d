/**
 * Internal-audit / nonconformity register rows → tblFindings (9.2, 10.2): type and source read
 * in any supported language, the clause or control reference, dates as written. A type or source
 * that is not a canonical value is kept as written and noted (the evidence stays visible).
 */
import { asText } from '../grid/cell';
import { FINDINGS_TABLE } from '../workbook/canonical';
import { parseAuditSource } from '../vocabulary/audit-finding';
import type { DataRow } from './data-rows';
import { FieldCells } from './field-cells';
import { memoCell } from './memo-text';
import type { SimpleConversion } from './convert-simple';
import { readFindingType, readYesNo } from './value-words';
import type { SheetView } from './sheet-view';
import { blankRow } from './blank-row';
import type { CanonicalRow, ColumnMapping, DroppedItem } from './types';

const F = Object.fromEntries(FINDINGS_TABLE.columns.map((c) => [c.key, c.header]));
const TEXT_FIELDS = ['reference', 'description', 'rootCause', 'correctiveAction', 'owner'];
/** A tblFindings row with every column blank, its keys in the table's column order. */
const ROW: CanonicalRow = blankRow(FINDINGS_TABLE);

export function convertFindings(
  v: SheetView,
  rows: readonly DataRow[],
  columns: readonly ColumnMapping[],
  nextId: () => string,
): SimpleConversion {
  const out: CanonicalRow[] = [];
  const dropped: DroppedItem[] = [];
  const notes: { row: number | null; message: string }[] = [];
  // Read once per distinct text (types, sources and answers repeat on most rows).
  const source = memoCell(parseAuditSource);
  const type = memoCell(readFindingType);
  const verifiedOf = memoCell((c) => readYesNo(c));
  const sheet = v.name;
  const cells = new FieldCells(v, columns);
  const col = (k: string) => cells.column(k);
  const c = {
    id: col('id'),
    source: col('source'),
    type: col('type'),
    description: col('description'),
    reference: col('reference'),
    verified: col('effectivenessVerified'),
  };
  const textCols = TEXT_FIELDS.map((k) => [F[k], col(k)] as const);
  const dates = (['raised', 'due', 'closed'] as const).map((k) => [F[k], col(k)] as const);
  const text = (row: number, column: number) => asText(cells.at(row, column));
  const kept = (row: number, key: 'type' | 'source', raw: string | null, parsed: string | null) => {
    if (raw !== null && parsed === null)
      notes.push({
        row,
        message: `finding ${key} "${raw}" is not a listed value; kept as written`,
      });
    return parsed ?? raw;
  };
  for (const r of rows) {
    const row = r.row;
    if (
      text(row, c.description) === null &&
      text(row, c.reference) === null &&
      text(row, c.type) === null
    ) {
      const reason = 'row without a finding description, reference or type';
      dropped.push({ sheet, rows: [row, row], cell: null, value: text(row, c.id), reason });
      continue;
    }
    let id = text(row, c.id);
    if (id === null) {
      id = nextId();
      notes.push({ row, message: `no finding id: ${id} assigned` });
    }
    const verified = verifiedOf(cells.at(row, c.verified));
    const o: CanonicalRow = { ...ROW };
    o[F.id] = id;
    o[F.source] = kept(row, 'source', text(row, c.source), source(cells.at(row, c.source)));
    o[F.type] = kept(row, 'type', text(row, c.type), type(cells.at(row, c.type)));
    for (const [header, column] of textCols) o[header] = text(row, column);
    for (const [header, column] of dates) o[header] = cells.at(row, column);
    o[F.effectivenessVerified] =
      verified === null ? text(row, c.verified) : verified ? 'Yes' : 'No';
    out.push(o);
  }
  return { rows: out, dropped, notes };
}
