/**
 * Test helper: builds the `WorkbookSnapshot` that the xlsx reader would produce for a canonical
 * workbook written by the template writer (each table on its canonical sheet, header row 1, data
 * from row 2, with its `TableRef`). Formula columns left out of a row are filled with what Excel
 * would compute, so a clean workbook needs no hand-computed scores.
 */
import type { Cell, Grid, SheetSnapshot, TableRef, WorkbookSnapshot } from '../../shared/grid/grid';
import type { Methodology } from '../../shared/model/types';
import { cellAddress, columnLetter } from '../../shared/grid/address';
import { cleanClauses, cleanSoa } from './clean-rows';
import {
  ALL_TABLES,
  IMPACT_TABLE,
  LIKELIHOOD_TABLE,
  MATRIX_TABLE_NAME,
  METHOD_SETTINGS,
  METHOD_TABLE,
  METHODOLOGY_SHEET,
  RATINGS_TABLE,
  type TableDef,
} from '../../shared/workbook/canonical';
import { DEFAULT_METHODOLOGY } from '../../shared/risk/methodology';
import { computeScore, rateScore } from '../../shared/risk/score-risk';

export type Row = Record<string, Cell>;
export { cleanClauses, cleanDocuments, cleanRisk, cleanSoa } from './clean-rows';
export type Tables = Record<string, readonly Row[]>;

export type SnapshotOptions = {
  /** The method written to the Methodology tables; `null` writes no methodology at all. */
  readonly methodology?: Methodology | null;
  /** Header list per table name, replacing the canonical columns (to test a missing column). */
  readonly columns?: Readonly<Record<string, readonly string[]>>;
};

const FORMULA_INPUTS: Record<string, readonly [string, string, 'score' | 'rating']> = {
  'Inherent Score': ['Likelihood', 'Impact', 'score'],
  'Inherent Rating': ['Likelihood', 'Impact', 'rating'],
  'Residual Score': ['Residual Likelihood', 'Residual Impact', 'score'],
  'Residual Rating': ['Residual Likelihood', 'Residual Impact', 'rating'],
};

/** What the template's formula shows: '' when an input is blank or off-scale. */
function computed(m: Methodology, row: Row, header: string): Cell {
  const [l, i, what] = FORMULA_INPUTS[header];
  const lv = row[l];
  const iv = row[i];
  if (typeof lv !== 'number' || typeof iv !== 'number') return null;
  const score = computeScore(m, lv, iv);
  if (score === null) return null;
  return what === 'score' ? score : (rateScore(m, score)?.name ?? null);
}

/** Rows of the four (five with a matrix) Methodology tables for a method. */
export function methodologyTables(m: Methodology): Tables {
  const scale = (levels: Methodology['likelihood']) =>
    levels.map((l) => ({ Level: l.level, Label: l.label, Description: l.description }));
  const t: Tables = {
    [LIKELIHOOD_TABLE.table]: scale(m.likelihood),
    [IMPACT_TABLE.table]: scale(m.impact),
    [RATINGS_TABLE.table]: m.bands.map((b) => ({
      Rating: b.name,
      'Min Score': b.min,
      'Max Score': b.max,
      Colour: b.color,
    })),
    [METHOD_TABLE.table]: [
      { Setting: METHOD_SETTINGS.formula, Value: m.formula[0].toUpperCase() + m.formula.slice(1) },
      { Setting: METHOD_SETTINGS.threshold, Value: m.acceptanceThreshold },
    ],
  };
  if (m.formula === 'matrix' && m.matrix) {
    t[MATRIX_TABLE_NAME] = m.matrix.map((r, li) => {
      const row: Row = { Likelihood: li + 1 };
      r.forEach((v, ii) => (row[`I${ii + 1}`] = v));
      return row;
    });
  }
  return t;
}

function canonicalDef(table: string): TableDef | undefined {
  return ALL_TABLES.find((d) => d.table === table);
}

function headersFor(table: string, rows: readonly Row[], opts: SnapshotOptions): string[] {
  const given = opts.columns?.[table];
  if (given) return [...given];
  const def = canonicalDef(table);
  const headers = def ? def.columns.map((c) => c.header) : [];
  for (const r of rows) for (const k of Object.keys(r)) if (!headers.includes(k)) headers.push(k);
  return headers;
}

type Block = { table: string; headers: string[]; rows: Cell[][]; formulas: Set<number> };

function buildBlock(
  table: string,
  rows: readonly Row[],
  m: Methodology,
  opts: SnapshotOptions,
): Block {
  const headers = headersFor(table, rows, opts);
  const def = canonicalDef(table);
  const formulas = new Set<number>();
  headers.forEach((h, i) => {
    if (def?.columns.find((c) => c.header === h)?.formula) formulas.add(i);
  });
  const cells = rows.map((r) =>
    headers.map((h, i) => {
      if (formulas.has(i) && !(h in r) && h in FORMULA_INPUTS) return computed(m, r, h);
      return r[h] ?? null;
    }),
  );
  return { table, headers, rows: cells, formulas };
}

function sheetOf(table: string): string {
  return table === MATRIX_TABLE_NAME ? METHODOLOGY_SHEET : (canonicalDef(table)?.sheet ?? table);
}

/** Lays blocks side by side (one blank column between) on one sheet, header row 1. */
function layoutSheet(
  sheet: string,
  blocks: readonly Block[],
): { sheet: SheetSnapshot; tables: TableRef[] } {
  const grid: Cell[][] = [];
  const tables: TableRef[] = [];
  const formulas: string[] = [];
  let col = 1;
  for (const b of blocks) {
    const height = Math.max(b.rows.length, 1) + 1;
    const width = Math.max(b.headers.length, 1);
    const all = [b.headers as Cell[], ...b.rows];
    for (let r = 0; r < all.length; r++) {
      grid[r] ??= [];
      all[r].forEach((v, c) => (grid[r][col - 1 + c] = v));
      if (r > 0) b.formulas.forEach((c) => formulas.push(cellAddress(r + 1, col + c)));
    }
    const ref = `${columnLetter(col)}1:${cellAddress(height, col + width - 1)}`;
    tables.push({ name: b.table, sheet, ref, hasHeaderRow: true, columns: b.headers });
    col += width + 1;
  }
  const rows: Grid = grid.map((r) => Array.from(r, (v) => v ?? null));
  return { sheet: { name: sheet, origin: { row: 1, col: 1 }, rows, formulas }, tables };
}

/**
 * A snapshot holding `tables` (table name → rows keyed by header) on their canonical sheets.
 * The Methodology tables come from `opts.methodology ?? DEFAULT_METHODOLOGY` unless `tables`
 * gives them, or are left out when `opts.methodology` is null.
 */
export function snapshotFromTables(
  name: string,
  tables: Tables,
  opts: SnapshotOptions = {},
): WorkbookSnapshot {
  const m = opts.methodology === undefined ? DEFAULT_METHODOLOGY : opts.methodology;
  const all: Tables = { ...(m ? methodologyTables(m) : {}), ...tables };
  const bySheet = new Map<string, Block[]>();
  for (const [table, rows] of Object.entries(all)) {
    const sheet = sheetOf(table);
    const list = bySheet.get(sheet) ?? [];
    list.push(buildBlock(table, rows, m ?? DEFAULT_METHODOLOGY, opts));
    bySheet.set(sheet, list);
  }
  const sheets: SheetSnapshot[] = [];
  const refs: TableRef[] = [];
  for (const [sheet, blocks] of bySheet) {
    const laid = layoutSheet(sheet, blocks);
    sheets.push(laid.sheet);
    refs.push(...laid.tables);
  }
  return { name, sheets, tables: refs };
}

export type CanonicalParts = {
  readonly risks?: readonly Row[];
  readonly soa?: readonly Row[];
  readonly assets?: readonly Row[];
  readonly clauses?: readonly Row[];
  readonly findings?: readonly Row[];
};

/**
 * A whole canonical workbook: every table present; SoA with all 93 controls and Clauses with all
 * 30 clauses unless given, so that a workbook of clean parts has no findings.
 */
export function canonicalSnapshot(
  name: string,
  parts: CanonicalParts = {},
  opts: SnapshotOptions = {},
): WorkbookSnapshot {
  return snapshotFromTables(
    name,
    {
      tblAssets: parts.assets ?? [],
      tblRisks: parts.risks ?? [],
      tblSoA: parts.soa ?? cleanSoa(),
      tblClauses: parts.clauses ?? cleanClauses(),
      tblFindings: parts.findings ?? [],
    },
    opts,
  );
}
