/**
 * importWorkbook: any ISO 27001 workbook → canonical table rows, with a per-sheet detection, the
 * column mapping and its confidence, migrations, what was dropped and why, and findings.
 * Nothing is lost: rows not carried into a table are named in `dropped`, and the host keeps every
 * original sheet beside the converted tables.
 */
import type { WorkbookSnapshot } from '../grid/grid';
import type { Finding } from '../validation/finding';
import { CONTROLS } from '../catalog/controls';
import { detectSheet, detectionFromMapping } from './detect-sheet';
import { importSheet, type SheetOutcome } from './import-sheet';
import { sheetView } from './sheet-view';
import { repairDateIds } from './date-ids';
import type { CanonicalRow, ImportMapping, ImportResult, ImportTable, SheetMapping } from './types';

export type ImportOptions = { readonly mapping?: ImportMapping };

/** Table names that mark a workbook already in the canonical form. */
const CANONICAL_TABLES = ['tblRisks', 'tblSoA'];

/** A workbook already in the canonical form: importWorkbook passes it through unconverted. */
export function isCanonicalWorkbook(snapshot: WorkbookSnapshot): boolean {
  return snapshot.tables.some((t) => CANONICAL_TABLES.includes(t.name));
}

export function importWorkbook(snapshot: WorkbookSnapshot, opts: ImportOptions = {}): ImportResult {
  const empty = { migrations: [], missingControls: [], dropped: [], findings: [], notes: [] };
  if (isCanonicalWorkbook(snapshot)) {
    return {
      workbook: snapshot.name,
      canonical: true,
      sheets: [],
      tables: {},
      mapping: { version: 1, sheets: {} },
      ...empty,
    };
  }
  let risk = 0;
  let asset = 0;
  let finding = 0;
  const ids = {
    finding: () => `F-${String(++finding).padStart(3, '0')}`,
    risk: () => `R-${String(++risk).padStart(3, '0')}`,
    asset: () => `AS-${String(++asset).padStart(3, '0')}`,
  };
  const outcomes: SheetOutcome[] = dropRepeatedSoa(
    snapshot.sheets.map((s) => {
      const { view: v, notes } = repairDateIds(sheetView(s));
      const given = opts.mapping?.sheets[s.name];
      const o = importSheet(v, given ? detectionFromMapping(v, given) : detectSheet(v), ids);
      if (o.sheet.kind === 'other' || notes.length === 0) return o;
      return {
        ...o,
        notes: [...notes.map((message) => ({ sheet: s.name, row: null, message })), ...o.notes],
      };
    }),
  );
  const tables: Partial<Record<ImportTable, CanonicalRow[]>> = {};
  for (const o of outcomes)
    if (o.table && o.rows.length > 0) tables[o.table] = [...(tables[o.table] ?? []), ...o.rows];
  const hasSoa = outcomes.some((o) => o.sheet.kind === 'soa' && o.rows.length > 0);
  const present = new Set(
    (tables.tblSoA ?? []).map((r) => String(r['Control ID']).replace(/^A\./, '')),
  );
  const missingControls = hasSoa ? CONTROLS.filter((c) => !present.has(c.id)).map((c) => c.id) : [];
  return {
    workbook: snapshot.name,
    canonical: false,
    sheets: outcomes.map((o) => o.sheet),
    tables,
    migrations: outcomes.flatMap((o) => o.migrations),
    missingControls,
    dropped: outcomes.flatMap((o) => o.dropped),
    findings: findingsOf(snapshot.name, outcomes, missingControls),
    mapping: mappingOf(outcomes),
    notes: outcomes.flatMap((o) => o.notes),
  };
}

function mappingOf(outcomes: readonly SheetOutcome[]): ImportMapping {
  const sheets: Record<string, SheetMapping> = {};
  for (const o of outcomes) {
    const s = o.sheet;
    const headerRow = s.headerRows.length ? s.headerRows[s.headerRows.length - 1] : 1;
    sheets[s.sheet] = {
      kind: s.kind,
      headerRow,
      ...(s.headerRows.length > 1 ? { headerRows: s.headerRows.length } : {}),
      columns: Object.fromEntries(s.columns.map((c) => [c.column, c.field])),
    };
  }
  return { version: 1, sheets };
}

function findingsOf(
  workbook: string,
  outcomes: readonly SheetOutcome[],
  missing: readonly string[],
): Finding[] {
  const out: Finding[] = [];
  for (const o of outcomes) {
    const s = o.sheet;
    if (s.edition === 'mixed' && s.explanation) {
      out.push({
        rule: 'IMPORT-MIXED-NUMBERING',
        severity: 'not-checked',
        workbook,
        sheet: s.sheet,
        cell: null,
        row: null,
        message: s.explanation,
      });
    }
  }
  if (missing.length > 0) {
    const isNew = new Set(CONTROLS.filter((c) => c.newIn2022).map((c) => c.id));
    const fresh = missing.filter((m) => isNew.has(m));
    const other = missing.filter((m) => !isNew.has(m));
    const list = (ids: readonly string[]) => ids.map((i) => `A.${i}`).join(', ');
    const parts = [
      fresh.length ? `${fresh.length} control(s) new in ISO/IEC 27001:2022 (${list(fresh)})` : '',
      other.length ? `${other.length} other control(s) (${list(other)})` : '',
    ].filter(Boolean);
    out.push({
      rule: 'IMPORT-MISSING-CONTROLS',
      severity: 'not-checked',
      workbook,
      sheet: null,
      cell: null,
      row: null,
      message: `The imported SoA lacks ${parts.join(' and ')}: every Annex A control must be listed with a justification (ISO/IEC 27001:2022 6.1.3 d).`,
    });
  }
  return out;
}

/**
 * A small SoA-like table whose controls all appear in a bigger SoA of the same workbook is a
 * summary or extract (a dashboard's "key gaps"), not a second SoA: it is not imported again.
 */
function dropRepeatedSoa(outcomes: readonly SheetOutcome[]): SheetOutcome[] {
  // Each SoA's ids built once (not once per id of every other SoA: quadratic on big sheets).
  const known = new Map<SheetOutcome, Set<string>>();
  const ids = (o: SheetOutcome) => {
    let set = known.get(o);
    if (!set) known.set(o, (set = new Set(o.rows.map((r) => String(r['Control ID'])))));
    return set;
  };
  return outcomes.map((o) => {
    if (o.sheet.kind !== 'soa' || o.rows.length === 0) return o;
    const mine = ids(o);
    const host = outcomes.find(
      (p) =>
        p !== o &&
        p.sheet.kind === 'soa' &&
        p.rows.length > o.rows.length &&
        [...mine].every((i) => ids(p).has(i)),
    );
    if (!host) return o;
    const reason = `repeats ${mine.size} controls of sheet "${host.sheet.sheet}" (a summary or extract), not imported again`;
    return {
      ...o,
      table: null,
      rows: [],
      migrations: [],
      notes: [],
      sheet: { ...o.sheet, kind: 'other', reason, rowsOut: 0, explanation: reason },
    };
  });
}
