/**
 * Pure plan of what "Set up" creates in the open workbook: the canonical sheets and tables
 * (PRODUCT.md), their starter rows, list validations, calculated columns and band formats. A
 * canonical sheet or table name that already exists is skipped, never overwritten.
 */
import type { Cell } from '../../shared/grid/grid';
import type { Methodology } from '../../shared/model/types';
import { CONTROLS } from '../../shared/catalog/controls';
import { ASSESSABLE_CLAUSES } from '../../shared/catalog/clauses';
import { computeScore } from '../../shared/risk/score-risk';
import {
  ALL_TABLES,
  LISTS,
  MATRIX_TABLE_NAME,
  METHODOLOGY_SHEET,
  METHOD_SETTINGS,
  type ColumnDef,
  type TableDef,
} from '../../shared/workbook/canonical';
import {
  FORMULA_TABLES,
  matrixHeader,
  riskFormulas,
  toDisplayForm,
} from '../../shared/workbook/formulas';

export type TablePlan = {
  readonly table: string;
  /** 1-based first column on the sheet; header in row 1. */
  readonly startCol: number;
  readonly headers: readonly string[];
  readonly widths: readonly number[];
  readonly rows: readonly (readonly Cell[])[];
  /** Calculated columns: header → formula in display form with leading `=`. */
  readonly formulas: Readonly<Record<string, string>>;
  /** List validations: header → allowed values. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** Columns coloured by rating band (text) or score range (number). */
  readonly bandColumns: readonly { readonly header: string; readonly by: 'rating' | 'score' }[];
};
export type SheetPlan = { readonly sheet: string; readonly tables: readonly TablePlan[] };
export type SetupPlan = {
  readonly create: readonly SheetPlan[];
  readonly skipped: readonly { readonly sheet: string; readonly reason: string }[];
  /** False when the Methodology tables the formulas need are neither present nor created. */
  readonly formulas: boolean;
};

const MATRIX_DEF = (m: Methodology): TableDef => ({
  sheet: METHODOLOGY_SHEET,
  table: MATRIX_TABLE_NAME,
  columns: [
    { key: 'likelihood', header: 'Likelihood', width: 11 },
    ...m.impact.map((i) => ({ key: `i${i.level}`, header: matrixHeader(i.level), width: 6 })),
  ],
});

function starterRows(def: TableDef, m: Methodology): Cell[][] {
  const blank = (): Cell[] => def.columns.map(() => null);
  switch (def.table) {
    case 'tblLikelihood':
      return m.likelihood.map((l) => [l.level, l.label, l.description]);
    case 'tblImpact':
      return m.impact.map((l) => [l.level, l.label, l.description]);
    case 'tblRatings':
      return [...m.bands].sort((a, b) => a.min - b.min).map((b) => [b.name, b.min, b.max, b.color]);
    case 'tblMethod':
      return [
        [METHOD_SETTINGS.formula, m.formula[0].toUpperCase() + m.formula.slice(1)],
        [METHOD_SETTINGS.threshold, m.acceptanceThreshold],
      ];
    case MATRIX_TABLE_NAME:
      return m.likelihood.map((l) => [
        l.level,
        ...m.impact.map(
          (i) =>
            m.matrix?.[l.level - 1]?.[i.level - 1] ??
            computeScore(
              { ...m, formula: m.formula === 'matrix' ? 'product' : m.formula },
              l.level,
              i.level,
            ),
        ),
      ]);
    case 'tblSoA':
      return CONTROLS.map((c) => {
        const r = blank();
        r[0] = `A.${c.id}`;
        r[1] = c.title;
        r[2] = c.theme;
        return r;
      });
    case 'tblClauses':
      return ASSESSABLE_CLAUSES.map((c) => {
        const r = blank();
        r[0] = c.id;
        r[1] = c.title;
        r[2] = 'Not assessed';
        return r;
      });
    default:
      return [blank()]; // an Excel table needs one body row
  }
}

function formulasFor(def: TableDef, m: Methodology): Record<string, string> {
  if (def.table !== 'tblRisks') return {};
  const f = riskFormulas(m);
  const byKey: Record<string, string> = {
    inherentScore: f.inherentScore,
    inherentRating: f.inherentRating,
    residualScore: f.residualScore,
    residualRating: f.residualRating,
  };
  const out: Record<string, string> = {};
  for (const c of def.columns)
    if (c.formula && byKey[c.key]) out[c.header] = `=${toDisplayForm(byKey[c.key])}`;
  return out;
}

function bandColumnsOf(def: TableDef): TablePlan['bandColumns'] {
  return def.columns
    .filter((c) => c.formula)
    .map((c: ColumnDef) => ({
      header: c.header,
      by: c.kind === 'number' ? ('score' as const) : ('rating' as const),
    }));
}

function planTable(
  def: TableDef,
  startCol: number,
  m: Methodology,
  withFormulas: boolean,
): TablePlan {
  const lists: Record<string, readonly string[]> = {};
  for (const c of def.columns) if (c.list) lists[c.header] = LISTS[c.list];
  return {
    table: def.table,
    startCol,
    headers: def.columns.map((c) => c.header),
    widths: def.columns.map((c) => c.width ?? 12),
    rows: starterRows(def, m),
    formulas: withFormulas ? formulasFor(def, m) : {},
    lists,
    bandColumns: withFormulas ? bandColumnsOf(def) : [],
  };
}

/** What to create, given the sheet and table names the workbook already has. */
export function planSetup(
  existing: { readonly sheets: readonly string[]; readonly tables: readonly string[] },
  m: Methodology,
): SetupPlan {
  const sheetTaken = new Set(existing.sheets.map((s) => s.toLowerCase()));
  const tableTaken = new Set(existing.tables.map((t) => t.toLowerCase()));
  const defs = [...ALL_TABLES.slice(0, 4), MATRIX_DEF(m), ...ALL_TABLES.slice(4)];
  const sheets = [...new Set(defs.map((d) => d.sheet))];
  const skipped: { sheet: string; reason: string }[] = [];
  const chosen = sheets.filter((sheet) => {
    const clash = defs
      .filter((d) => d.sheet === sheet)
      .find((d) => tableTaken.has(d.table.toLowerCase()));
    if (sheetTaken.has(sheet.toLowerCase()))
      skipped.push({
        sheet,
        reason: `a sheet named “${sheet}” already exists; it was left untouched`,
      });
    else if (clash)
      skipped.push({
        sheet,
        reason: `a table named “${clash.table}” already exists elsewhere; “${sheet}” was not created`,
      });
    else return true;
    return false;
  });
  const available = new Set([
    ...tableTaken,
    ...defs.filter((d) => chosen.includes(d.sheet)).map((d) => d.table.toLowerCase()),
  ]);
  const formulas = FORMULA_TABLES.every((t) => available.has(t.toLowerCase()));
  const create = chosen.map((sheet) => {
    let col = 1;
    const tables = defs
      .filter((d) => d.sheet === sheet)
      .map((d) => {
        const plan = planTable(d, col, m, formulas);
        col += d.columns.length + 1;
        return plan;
      });
    return { sheet, tables };
  });
  return { create, skipped, formulas };
}
