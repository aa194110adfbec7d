/**
 * `buildWorkbookPlan(options)`: the canonical workbook as a plan both writers execute. Sheets in
 * order: About, Methodology, then one register per data table. A data table gets the rows given
 * for it; else its starter rows (a caller's `starterRows`, else the defaults: the 93 controls, the
 * 30 clauses, the mandatory documents); else one blank row, as an Excel table needs one.
 */
import type { Methodology } from '../../model/types';
import { DEFAULT_METHODOLOGY } from '../../risk/methodology';
import {
  ASSETS,
  CERTIFICATION_TABLE,
  CLAUSES_TABLE,
  DOCUMENTS_TABLE,
  FINDINGS_TABLE,
  OBJECTIVES_TABLE,
  REVIEWS_TABLE,
  RISKS,
  SOA,
  type TableDef,
} from '../canonical';
import { aboutSheet } from './about-sheet';
import { dataSheet } from './data-sheet';
import type { InputRow } from './input-rows';
import { methodologySheet } from './methodology-sheet';
import { STARTER_ROWS, withStarterRows } from './starter-rows';
import type { WorkbookPlan } from './types';

/** The register tables, in sheet order (PRODUCT.md). */
export const DATA_TABLES: readonly TableDef[] = [
  ASSETS,
  RISKS,
  SOA,
  CLAUSES_TABLE,
  DOCUMENTS_TABLE,
  OBJECTIVES_TABLE,
  REVIEWS_TABLE,
  CERTIFICATION_TABLE,
  FINDINGS_TABLE,
];

export type WorkbookPlanOptions = {
  /** Default DEFAULT_METHODOLOGY. */
  readonly methodology?: Methodology;
  /** Data rows keyed by header, per data table (the importer's tables). */
  readonly rows?: Partial<Record<string, readonly InputRow[]>>;
  /**
   * Starter rows per data table, replacing the defaults (e.g. the certification milestones of
   * `isms template --start DATE` for tblCertification).
   */
  readonly starterRows?: Partial<Record<string, readonly InputRow[]>>;
  /**
   * Starter rows when no rows are given for a table: default true. `true` with rows given also
   * appends the starter rows whose id the given rows lack (the controls an imported SoA misses).
   */
  readonly prefill?: boolean;
  /**
   * The Methodology tables will be in the workbook, so tblRisks gets its calculated columns,
   * level lists and band colours. Default true; false when a set-up cannot create them.
   */
  readonly scoring?: boolean;
};

/** Throws for rows keyed by a table that is not a data table (a caller's bug, not data). */
function checkTables(rows: WorkbookPlanOptions['rows'], what: string): void {
  const known = new Set(DATA_TABLES.map((d) => d.table));
  for (const name of Object.keys(rows ?? {})) {
    if (!known.has(name)) {
      throw new Error(
        `${what}: no data table ${name}; expected one of ${[...known].join(', ')} (the methodology comes from the methodology option)`,
      );
    }
  }
}

function rowsFor(def: TableDef, o: WorkbookPlanOptions): readonly InputRow[] {
  const given = o.rows?.[def.table];
  const starter = o.starterRows?.[def.table] ?? STARTER_ROWS[def.table]?.();
  if (starter && (given === undefined ? o.prefill !== false : o.prefill === true)) {
    const rows = withStarterRows(def, given ?? [], starter);
    if (rows.length > 0) return rows;
  }
  return given && given.length > 0 ? given : [{}];
}

export function buildWorkbookPlan(options: WorkbookPlanOptions = {}): WorkbookPlan {
  checkTables(options.rows, 'buildWorkbookPlan rows');
  checkTables(options.starterRows, 'buildWorkbookPlan starterRows');
  const m = options.methodology ?? DEFAULT_METHODOLOGY;
  const method = methodologySheet(m);
  const scoring = options.scoring === false ? null : method.ranges;
  return {
    sheets: [
      aboutSheet(),
      method.sheet,
      ...DATA_TABLES.map((def) =>
        dataSheet({ def, rows: rowsFor(def, options), methodology: m, scoring }),
      ),
    ],
  };
}
