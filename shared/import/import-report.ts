/**
 * The "Import Report" sheet as rows: what each sheet was read as, which column went where and
 * with what confidence, what was migrated, what was dropped and why, and what to check.
 */
import type { Cell, Grid } from '../grid/grid';
import { KIND_TABLE_DEFS } from './kind-tables';
import type { ImportKind, ImportResult } from './types';

const PSEUDO: Readonly<Record<string, string>> = {
  'risks.title': 'Description (title, prefixed)',
  'soa.reasons': 'Justification (reasons for selection)',
};

/** Canonical `Sheet / Header` a field lands in. */
export function targetOf(kind: ImportKind, field: string): string {
  if (kind === 'other') return field;
  const t = KIND_TABLE_DEFS[kind];
  const header =
    t.columns.find((c) => c.key === field)?.header ?? PSEUDO[`${kind}.${field}`] ?? field;
  return `${t.sheet} / ${header}`;
}

export function importReportRows(r: ImportResult): Grid {
  const out: Cell[][] = [[`Import report: ${r.workbook}`], []];
  const section = (title: string, header: string[], rows: Cell[][]) => {
    out.push([title], header, ...(rows.length ? rows : [['(none)']]), []);
  };
  section(
    'Sheets',
    [
      'Sheet',
      'Read as',
      'Confidence',
      'Header rows',
      'Source rows',
      'Rows imported',
      'Numbering',
      'Why / explanation',
    ],
    r.sheets.map((s) => [
      s.sheet,
      s.kind,
      s.confidence,
      s.headerRows.join(', ') || null,
      s.sourceRows,
      s.rowsOut,
      s.edition,
      s.explanation ? `${s.reason}. ${s.explanation}` : s.reason,
    ]),
  );
  section(
    'Column mapping',
    ['Sheet', 'Column', 'Source header', 'Mapped to', 'Confidence'],
    [
      ...r.sheets.flatMap((s) =>
        s.columns.map((c): Cell[] => [
          s.sheet,
          c.column,
          c.header,
          targetOf(s.kind, c.field),
          c.confidence,
        ]),
      ),
      ...r.sheets
        .filter((s) => s.kind !== 'other')
        .flatMap((s) =>
          s.unmapped.map((c): Cell[] => [
            s.sheet,
            c.column,
            c.header,
            'not mapped: kept in the original sheet',
            null,
          ]),
        ),
    ],
  );
  section(
    'Migrated control ids',
    ['Sheet', 'Row', 'From', 'Edition', 'To (2022)', 'Applied', 'Note'],
    r.migrations.map((m) => [
      m.sheet,
      m.row,
      m.from,
      m.fromEdition,
      m.to.join(', '),
      m.toConfirm ? 'to confirm' : 'yes',
      m.note,
    ]),
  );
  section(
    'Why each column was mapped',
    ['Sheet', 'Column', 'Mapped to', 'Evidence'],
    r.sheets.flatMap((s) =>
      s.columns.map((c): Cell[] => [
        s.sheet,
        c.column,
        targetOf(s.kind, c.field),
        c.evidence ?? null,
      ]),
    ),
  );
  section(
    'Signals on sheets not imported',
    ['Sheet', 'Found', 'Missing'],
    r.sheets.flatMap((s) =>
      s.signals
        ? [[s.sheet, s.signals.found.join('; ') || null, s.signals.missing.join('; ')]]
        : [],
    ),
  );
  section(
    'Annex A 2022 controls missing from the SoA',
    ['Control'],
    r.missingControls.map((c) => [`A.${c}`]),
  );
  section(
    'Not imported (kept in the original sheets)',
    ['Sheet', 'Rows', 'Value', 'Reason'],
    r.dropped.map((d) => [
      d.sheet,
      d.rows ? (d.rows[0] === d.rows[1] ? String(d.rows[0]) : `${d.rows[0]}–${d.rows[1]}`) : null,
      d.value,
      d.reason,
    ]),
  );
  section(
    'Notes',
    ['Sheet', 'Row', 'Note'],
    r.notes.map((n) => [n.sheet, n.row, n.message]),
  );
  section(
    'Findings',
    ['Rule', 'Severity', 'Sheet', 'Row', 'Message'],
    r.findings.map((f) => [f.rule, f.severity, f.sheet, f.row, f.message]),
  );
  return out;
}
