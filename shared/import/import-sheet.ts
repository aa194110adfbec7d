/** One detected sheet → canonical rows, with what was migrated, dropped and noted on the way. */
import { asText } from '../grid/cell';
import { columnLetter } from '../grid/address';
import { convertClauses, convertAssets } from './convert-simple';
import { convertFindings } from './convert-findings';
import { convertRisks } from './convert-risks';
import { convertSoa } from './convert-soa';
import { readDataRows, type DataRow } from './data-rows';
import { domainNote } from './domain-rows';
import { readSoaEntries } from './soa-entries';
import type { Detection } from './detect-sheet';
import type { SheetView } from './sheet-view';
import {
  KIND_TABLE,
  type ImportNote,
  type CanonicalRow,
  type DroppedItem,
  type Edition,
  type ImportTable,
  type Migration,
  type SheetImport,
  type UnmappedColumn,
} from './types';

export type Note = ImportNote;

export type SheetOutcome = {
  readonly sheet: SheetImport;
  readonly table: ImportTable | null;
  readonly rows: CanonicalRow[];
  readonly migrations: Migration[];
  readonly dropped: DroppedItem[];
  readonly notes: Note[];
};

export type IdSequences = {
  readonly risk: () => string;
  readonly asset: () => string;
  readonly finding: () => string;
};

export function importSheet(v: SheetView, det: Detection, ids: IdSequences): SheetOutcome {
  const base = {
    sheet: v.name,
    kind: det.kind,
    confidence: det.confidence,
    reason: det.reason,
    headerRows: det.bottom >= det.top ? range(det.top, det.bottom) : [],
    columns: det.columns,
    unmapped: det.unmapped,
  };
  if (det.kind === 'other') {
    return {
      sheet: {
        ...base,
        sourceRows: 0,
        rowsOut: 0,
        edition: 'none',
        explanation: det.explanation ?? null,
        ...(det.signals ? { signals: det.signals } : {}),
      },
      table: null,
      rows: [],
      migrations: [],
      dropped: [],
      notes: [],
    };
  }
  const data = readDataRows(v, det.bottom, det.columns);
  const tag = (n: { row: number | null; message: string }): Note => ({ sheet: v.name, ...n });
  let rows: CanonicalRow[] = [];
  let migrations: Migration[] = [];
  let dropped = data.dropped;
  let notes: Note[] = [];
  let edition: Edition = 'none';
  let explanation: string | null = null;
  if (det.kind === 'soa') {
    const read = readSoaEntries(v, data.rows, det.columns, det.labels);
    const conv = convertSoa(v.name, read.entries, hintsOf(v, det, data.rows, dropped));
    ({ rows, migrations, edition, explanation } = conv);
    dropped = [...dropped, ...conv.dropped, ...read.noId.map((r) => noIdDrop(v, r))];
    notes = conv.notes.map(tag);
    if (read.entries.length === 0 && read.noId.length > 0) {
      const d = domainNote(read.noId);
      if (d) {
        explanation = d.explanation;
        notes = [...notes, ...d.notes.map(tag)];
      }
    }
  } else if (det.kind === 'risks') {
    const conv = convertRisks(v, data.rows, det.columns, det.labels, ids.risk);
    ({ rows, migrations } = conv);
    dropped = [...dropped, ...conv.dropped];
    notes = conv.notes.map(tag);
    edition =
      migrations.length > 0 ? '2013' : rows.some((r) => r['Annex A Controls']) ? '2022' : 'none';
  } else {
    const conv =
      det.kind === 'assets'
        ? convertAssets(v, data.rows, det.columns, ids.asset)
        : det.kind === 'findings'
          ? convertFindings(v, data.rows, det.columns, ids.finding)
          : convertClauses(v.name, data.rows);
    rows = conv.rows;
    dropped = [...dropped, ...conv.dropped];
    notes = conv.notes.map(tag);
  }
  if (rows.length === 0 && data.rows.length === 0 && !explanation)
    explanation = 'the header was found but there are no data rows (an empty template)';
  const unmapped = [...base.unmapped, ...unnamedColumns(v, det, data.rows)];
  return {
    sheet: {
      ...base,
      unmapped,
      sourceRows: data.rows.length,
      rowsOut: rows.length,
      edition,
      explanation,
    },
    table: KIND_TABLE[det.kind],
    rows,
    migrations,
    dropped,
    notes,
  };
}

/**
 * Columns holding data but neither mapped nor labelled: listed as unmapped (header '') so the
 * report names them and the reviewer can map them; the import never drops a column silently.
 */
function unnamedColumns(v: SheetView, det: Detection, rows: readonly DataRow[]): UnmappedColumn[] {
  const known = new Set([...det.columns, ...det.unmapped].map((c) => c.column));
  const out: UnmappedColumn[] = [];
  for (let c = v.left; c <= Math.min(v.right, v.left + 255); c++) {
    const letter = columnLetter(c);
    if (known.has(letter)) continue;
    if (rows.some((r) => asText(v.get(r.row, c)) !== null))
      out.push({ column: letter, header: '' });
  }
  return out;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

function noIdDrop(v: SheetView, r: DataRow): DroppedItem {
  const value = asText(r.field('id')) ?? asText(r.field('title'));
  return {
    sheet: v.name,
    rows: [r.row, r.row],
    cell: null,
    value,
    reason: 'no Annex A control id on this row (a heading, a domain or a repeated header)',
  };
}

/** Texts around the ids that hint at the numbering: title rows, header labels, headings, first columns. */
function hintsOf(
  v: SheetView,
  det: Detection,
  rows: readonly DataRow[],
  dropped: readonly DroppedItem[],
): string[] {
  const out: string[] = [];
  for (let r = v.top; r < det.top; r++)
    for (let c = v.left; c <= Math.min(v.right, v.left + 10); c++)
      out.push(asText(v.get(r, c)) ?? '');
  out.push(...det.labels.map((l) => l.header), ...dropped.map((d) => d.value ?? ''));
  for (const r of rows.slice(0, 400))
    for (let c = v.left; c <= Math.min(v.right, v.left + 1); c++)
      out.push(asText(v.get(r.row, c)) ?? '');
  return out.filter((t) => t !== '');
}
