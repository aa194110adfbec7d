/**
 * Internal-audit / nonconformity register rows → tblFindings (9.2, 10.2): type and source read
 * in any supported language, the clause or control reference, dates as written. A type or source
 * that is not a canonical value is kept as written and noted (the evidence stays visible).
 */
import { asText } from '../grid/cell';
import { FINDINGS_TABLE } from '../workbook/canonical';
import { parseAuditSource } from '../vocabulary/audit-finding';
import type { DataRow } from './data-rows';
import type { SimpleConversion } from './convert-simple';
import { readFindingType, readYesNo } from './value-words';
import type { CanonicalRow, DroppedItem } from './types';

const F = Object.fromEntries(FINDINGS_TABLE.columns.map((c) => [c.key, c.header]));
const TEXT_FIELDS = ['reference', 'description', 'rootCause', 'correctiveAction', 'owner'];

export function convertFindings(
  sheet: string,
  rows: readonly DataRow[],
  nextId: () => string,
): SimpleConversion {
  const out: CanonicalRow[] = [];
  const dropped: DroppedItem[] = [];
  const notes: { row: number | null; message: string }[] = [];
  for (const r of rows) {
    const text = (k: string) => asText(r.field(k));
    if (text('description') === null && text('reference') === null && text('type') === null) {
      const reason = 'row without a finding description, reference or type';
      dropped.push({ sheet, rows: [r.row, r.row], cell: null, value: text('id'), reason });
      continue;
    }
    let id = text('id');
    if (id === null) {
      id = nextId();
      notes.push({ row: r.row, message: `no finding id: ${id} assigned` });
    }
    const kept = (key: 'type' | 'source', parsed: string | null) => {
      const raw = text(key);
      if (raw !== null && parsed === null)
        notes.push({
          row: r.row,
          message: `finding ${key} "${raw}" is not a listed value; kept as written`,
        });
      return parsed ?? raw;
    };
    const verified = readYesNo(r.field('effectivenessVerified'));
    out.push({
      [F.id]: id,
      [F.source]: kept('source', parseAuditSource(r.field('source'))),
      [F.type]: kept('type', readFindingType(r.field('type'))),
      ...Object.fromEntries(TEXT_FIELDS.map((k) => [F[k], text(k)])),
      [F.raised]: r.field('raised'),
      [F.due]: r.field('due'),
      [F.closed]: r.field('closed'),
      [F.effectivenessVerified]:
        verified === null ? text('effectivenessVerified') : verified ? 'Yes' : 'No',
    });
  }
  return { rows: out, dropped, notes };
}
