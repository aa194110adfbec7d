/**
 * The canonical ISMS workbook (PRODUCT.md) written with exceljs from the workbook plan
 * (shared/workbook/plan, the same plan the add-in's Set up executes): About, Methodology, the
 * registers (each an Excel Table named as in shared/workbook/canonical), then any extra sheets.
 * Used by `isms template` and by the importer.
 */
import type * as ExcelJS from 'exceljs';
import type { Grid } from '../../shared/grid/grid';
import type { Methodology } from '../../shared/model/types';
import { buildWorkbookPlan, type InputRow, type WorkbookPlan } from '../../shared/workbook/plan';
import { declareCalculatedColumns, type CalculatedColumns } from './write-calculated-columns';
import { writeExtraSheet, type ExtraSheet } from './write-extra-sheets';
import { writeSheet } from './write-sheet';
import { neutraliseWorkbook } from './neutralise';

export type WriteWorkbookInput = {
  /** Default DEFAULT_METHODOLOGY. */
  readonly methodology?: Methodology;
  /**
   * Rows keyed by header, per data table (tblAssets, tblRisks, tblSoA, tblClauses, tblDocuments,
   * tblObjectives, tblReviews, tblCertification, tblFindings).
   */
  readonly rows?: Partial<Record<string, readonly InputRow[]>>;
  /** Starter rows replacing a table's defaults when no rows are given for it (see the plan). */
  readonly starterRows?: Partial<Record<string, readonly InputRow[]>>;
  /**
   * SoA with the 93 controls, Clauses with the 30 clauses, Documents with the mandatory
   * documented information. Default: prefilled when no rows are given for them. `true` with rows
   * given appends the starter rows the given rows lack.
   */
  readonly prefill?: boolean;
  readonly extraSheets?: readonly {
    readonly name: string;
    readonly rows: Grid;
    readonly merges?: readonly string[];
  }[];
};

/** Loads exceljs on first use: it costs ~250 ms of cold start that validation never needs. */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  const mod = await import('exceljs');
  return (mod as unknown as { default?: typeof ExcelJS }).default ?? mod;
}

/** Table → column → formula of the plan's calculated columns. */
export function calculatedColumns(plan: WorkbookPlan): CalculatedColumns {
  const out: Record<string, Record<string, string>> = {};
  for (const s of plan.sheets)
    for (const t of s.tables)
      for (const c of t.columns) if (c.calculated) (out[t.name] ??= {})[c.header] = c.calculated;
  return out;
}

/**
 * Writes the canonical workbook: every table a real Excel Table, SoA, Clauses and Documents
 * prefilled, tblRisks scored by native formulas (with cached results), list validations, band
 * colours.
 */
export async function writeCanonicalWorkbook(input: WriteWorkbookInput = {}): Promise<Uint8Array> {
  const plan = buildWorkbookPlan({
    ...(input.methodology ? { methodology: input.methodology } : {}),
    ...(input.rows ? { rows: input.rows } : {}),
    ...(input.starterRows ? { starterRows: input.starterRows } : {}),
    ...(input.prefill === undefined ? {} : { prefill: input.prefill }),
  });
  const ExcelJs = await loadExcelJs();
  const wb = new ExcelJs.Workbook();
  wb.creator = 'ISMS workbook';
  wb.title = 'ISMS workbook (ISO/IEC 27001:2022)';
  for (const sheet of plan.sheets) writeSheet(wb, sheet);
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  for (const sheet of input.extraSheets ?? []) writeExtraSheet(wb, sheet as ExtraSheet, taken);
  neutraliseWorkbook(wb); // formula-like user text stays text (neutralise.ts)
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return declareCalculatedColumns(bytes, calculatedColumns(plan));
}
