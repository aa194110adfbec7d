/**
 * The canonical ISMS workbook (PRODUCT.md) written from the workbook plan (shared/workbook/plan,
 * the same plan the add-in's Set up executes): About, Methodology, the registers (each an Excel
 * Table named as in shared/workbook/canonical), then any extra sheets. Used by `isms template`
 * and by the importer. A small OOXML writer of our own, streamed into the zip: a 100k-risk
 * register is written in seconds and bounded memory (docs/bench.md), with the calculated columns
 * declared in the table parts as they are written.
 */
import type { Grid } from '../../shared/grid';
import type { Methodology } from '../../shared/model';
import { buildWorkbookPlan, type InputRow } from '../../shared/workbook';
import { writeExtraSheet, type ExtraSheet } from './write-extra-sheets';
import { XlsxPackage } from './write-package';
import { planSheetXml, tableXml } from './write-plan-sheet';
import { SharedStrings } from './write-sheet-xml';
import { StyleSheet } from './write-styles';

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

/** Cells beyond which the package is deflated at level 1 (faster, a little larger). */
const FAST_ABOVE = 1_000_000;

function cellCount(input: WriteWorkbookInput): number {
  let n = 0;
  for (const rows of Object.values(input.rows ?? {})) n += (rows?.length ?? 0) * 24;
  for (const s of input.extraSheets ?? []) for (const r of s.rows) n += r.length;
  return n;
}

/**
 * Writes the canonical workbook: every table a real Excel Table, SoA, Clauses and Documents
 * prefilled, tblRisks scored by native formulas (with cached results) declared as calculated
 * columns, list validations, band colours.
 */
export async function writeCanonicalWorkbook(input: WriteWorkbookInput = {}): Promise<Uint8Array> {
  const plan = buildWorkbookPlan({
    ...(input.methodology ? { methodology: input.methodology } : {}),
    ...(input.rows ? { rows: input.rows } : {}),
    ...(input.starterRows ? { starterRows: input.starterRows } : {}),
    ...(input.prefill === undefined ? {} : { prefill: input.prefill }),
  });
  const pkg = new XlsxPackage(cellCount(input) > FAST_ABOVE ? 1 : 6);
  const styles = new StyleSheet();
  const sst = new SharedStrings((style) => styles.quoted(style));
  for (const sheet of plan.sheets) {
    const printTitles = sheet.print.repeatHeader ? `'${sheet.name}'!$1:$1` : undefined;
    await pkg.sheet(
      { name: sheet.name, ...(printTitles ? { printTitles } : {}) },
      planSheetXml(sheet, styles, sst),
      sheet.tables.map((t) => (id: number) => tableXml(t, id)),
    );
  }
  const taken = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  for (const sheet of input.extraSheets ?? [])
    await writeExtraSheet(pkg, sheet as ExtraSheet, taken, sst);
  return pkg.finish(styles.xml(), sst.xml(), 'ISMS workbook (ISO/IEC 27001:2022)');
}
