/**
 * The canonical ISMS workbook (PRODUCT.md) written with exceljs: About, Methodology, Assets,
 * Risks, SoA, Clauses, Findings (each part an Excel Table named as in shared/workbook/canonical),
 * then any extra sheets. Used by `isms template` and by the importer.
 */
import type * as ExcelJS from 'exceljs';
import type { Grid } from '../../shared/grid/grid';
import type { Methodology } from '../../shared/model/types';
import { DEFAULT_METHODOLOGY } from '../../shared/risk/methodology';
import {
  ASSETS,
  CERTIFICATION_TABLE,
  CLAUSES_TABLE,
  FINDINGS_TABLE,
  METHODOLOGY_SHEET,
  RISKS,
  SOA,
  type TableDef,
} from '../../shared/workbook/canonical';
import { riskFormulas } from '../../shared/workbook/formulas';
import { ABOUT_SHEET, writeAbout } from './write-about';
import { declareCalculatedColumns } from './write-calculated-columns';
import { writeExtraSheet, type ExtraSheet } from './write-extra-sheets';
import { addRatingFormats } from './write-formats';
import { writeMethodology, type MethodologyLayout } from './write-methodology';
import { PREFILLS, tableCells, tableColumns, withPrefill, type InputRow } from './write-rows';
import { writeTable } from './write-table';

export type WriteWorkbookInput = {
  /** Default DEFAULT_METHODOLOGY. */
  readonly methodology?: Methodology;
  /** Rows keyed by header, per data table (tblAssets, tblRisks, tblSoA, tblClauses, tblFindings). */
  readonly rows?: Partial<Record<string, readonly InputRow[]>>;
  /**
   * SoA with the 93 controls and Clauses with the 30 clauses. Default: prefilled when no rows are
   * given for them. `true` with rows given appends the controls/clauses the rows lack.
   */
  readonly prefill?: boolean;
  readonly extraSheets?: readonly {
    readonly name: string;
    readonly rows: Grid;
    readonly merges?: readonly string[];
  }[];
};

const DATA_TABLES: readonly TableDef[] = [ASSETS, RISKS, SOA, CLAUSES_TABLE, FINDINGS_TABLE];
/** Written only when rows are given for them (`isms template --start` plans tblCertification). */
const OPTIONAL_TABLES: readonly TableDef[] = [CERTIFICATION_TABLE];
const CENTERED = new Set([
  'Likelihood',
  'Impact',
  'Inherent Score',
  'Inherent Rating',
  'Residual Likelihood',
  'Residual Impact',
  'Residual Score',
  'Residual Rating',
]);

function checkTables(rows: WriteWorkbookInput['rows']): void {
  const known = new Set([...DATA_TABLES, ...OPTIONAL_TABLES].map((d) => d.table));
  for (const name of Object.keys(rows ?? {})) {
    if (!known.has(name)) {
      throw new Error(
        `writeCanonicalWorkbook: no data table ${name}; expected one of ${[...known].join(', ')} (the methodology comes from input.methodology)`,
      );
    }
  }
}

function rowsFor(def: TableDef, input: WriteWorkbookInput): readonly InputRow[] {
  const given = input.rows?.[def.table];
  const prefill = PREFILLS[def.table];
  if (prefill && (given === undefined ? input.prefill !== false : input.prefill === true)) {
    return withPrefill(def, given ?? [], prefill());
  }
  // Excel needs at least one data row in a table.
  return given && given.length > 0 ? given : [{}];
}

const A4 = 9;
const A3 = 8;

function pageSetup(ws: ExcelJS.Worksheet, titles: boolean, paperSize: number): void {
  ws.pageSetup = {
    paperSize,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(titles ? { printTitlesRow: '1:1' } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&L&A&RPage &P of &N' };
}

function writeDataSheet(
  wb: ExcelJS.Workbook,
  def: TableDef,
  input: WriteWorkbookInput,
  m: Methodology,
  layout: MethodologyLayout,
): void {
  const ws = wb.addWorksheet(def.sheet, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'B2' }],
  });
  const rows = rowsFor(def, input);
  const columns = tableColumns(def, rows);
  const isRisks = def.table === RISKS.table;
  const lists = isRisks
    ? {
        Likelihood: layout.likelihoodLevels,
        'Residual Likelihood': layout.likelihoodLevels,
        Impact: layout.impactLevels,
        'Residual Impact': layout.impactLevels,
      }
    : undefined;
  const cells = tableCells(def, columns, rows, m);
  const center = isRisks ? CENTERED : undefined;
  const t = writeTable(ws, {
    name: def.table,
    columns,
    rows: cells,
    top: 1,
    left: 1,
    ownsColumns: true,
    lists,
    center,
  });
  // The register is wide (24 columns): A3 keeps it legible when fitted to one page width.
  pageSetup(ws, true, isRisks ? A3 : A4);
  if (!isRisks) return;
  const span = { first: t.firstRow, last: t.spareRow };
  const next = addRatingFormats(
    ws,
    m,
    { score: t.col('Inherent Score'), rating: t.col('Inherent Rating') },
    span,
  );
  addRatingFormats(
    ws,
    m,
    { score: t.col('Residual Score'), rating: t.col('Residual Rating') },
    span,
    next,
  );
}

/** Loads exceljs on first use: it costs ~250 ms of cold start that validation never needs. */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  const mod = await import('exceljs');
  return (mod as unknown as { default?: typeof ExcelJS }).default ?? mod;
}

/**
 * Writes the canonical workbook: every table a real Excel Table, SoA and Clauses prefilled,
 * tblRisks scored by native formulas (with cached results), list validations, band colours.
 */
export async function writeCanonicalWorkbook(input: WriteWorkbookInput = {}): Promise<Uint8Array> {
  checkTables(input.rows);
  const ExcelJs = await loadExcelJs();
  const m = input.methodology ?? DEFAULT_METHODOLOGY;
  const wb = new ExcelJs.Workbook();
  wb.creator = 'ISMS workbook';
  wb.title = 'ISMS workbook (ISO/IEC 27001:2022)';
  const about = wb.addWorksheet(ABOUT_SHEET);
  writeAbout(about);
  pageSetup(about, false, A4);
  const methodology = wb.addWorksheet(METHODOLOGY_SHEET);
  const layout = writeMethodology(methodology, m);
  pageSetup(methodology, false, A4);
  for (const def of DATA_TABLES) writeDataSheet(wb, def, input, m, layout);
  for (const def of OPTIONAL_TABLES)
    if (input.rows?.[def.table]?.length) writeDataSheet(wb, def, input, m, layout);
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  for (const sheet of input.extraSheets ?? []) writeExtraSheet(wb, sheet as ExtraSheet, taken);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const f = riskFormulas(m);
  return declareCalculatedColumns(bytes, {
    [RISKS.table]: {
      'Inherent Score': f.inherentScore,
      'Inherent Rating': f.inherentRating,
      'Residual Score': f.residualScore,
      'Residual Rating': f.residualRating,
    },
  });
}
