/**
 * The documented risk assessment method (6.1.2) from the Methodology tables: tblLikelihood,
 * tblImpact, tblRatings, tblMethod (settings) and, for the matrix formula, tblMatrix.
 * Values that cannot be read are reported as METH-INVALID at their cell; the structure is
 * judged later by `validateMethodology`.
 */
import type { WorkbookSnapshot } from '../grid/grid';
import type { Methodology, RatingBand, ScaleLevel, ScoreFormula } from '../model/types';
import type { Finding } from '../validation/finding';
import { asInteger, asNumber } from '../grid/cell';
import { scoreRange } from '../risk/methodology';
import { readColour } from '../vocabulary/colour';
import { makeFinding, whereOf } from '../validation/make-finding';
import { METH } from '../validation/messages';
// The parser raises METH-INVALID for unreadable values: its grade comes from the rule module.
import { methInvalid } from '../validation/rules/meth-invalid';
import {
  IMPACT_TABLE,
  LIKELIHOOD_TABLE,
  METHOD_SETTINGS,
  METHOD_TABLE,
  RATINGS_TABLE,
  type TableDef,
} from './canonical';
import { normalizeHeader } from './header-match';
import { fieldsOf } from './record-fields';
import { readTable, type TableData } from './table-rows';
import { readMatrix } from './parse-matrix';

export type MethodologyParse = {
  readonly methodology: Methodology | null;
  readonly sheet: string | null;
  readonly findings: readonly Finding[];
  /** The tables read (for the column checks of `parseWorkbook`). */
  readonly tables: readonly TableData[];
};

type Ctx = { workbook: string; findings: Finding[] };

function invalid(
  ctx: Ctx,
  t: TableData,
  row: number,
  key: string | undefined,
  detail: string,
): void {
  const ref = { sheet: t.sheet, row, columns: t.letters };
  ctx.findings.push(
    makeFinding(methInvalid.id, whereOf(ctx.workbook, ref, key), METH.invalid(detail)),
  );
}

function read(snapshot: WorkbookSnapshot, def: TableDef, occurrence = 0): TableData | null {
  return readTable(snapshot, { ...def, occurrence, stopAtBlank: true });
}

function readScale(ctx: Ctx, t: TableData | null, scale: string): ScaleLevel[] {
  const out: ScaleLevel[] = [];
  for (const rec of t?.records ?? []) {
    const f = fieldsOf(t as TableData, rec);
    const level = asInteger(f.cell('level'));
    if (level === null) {
      invalid(ctx, t as TableData, rec.row, 'level', METH.notWhole(scale, f.text('level') ?? ''));
      continue;
    }
    out.push({ level, label: f.text('label') ?? '', description: f.text('description') ?? '' });
  }
  return out;
}

function readBands(ctx: Ctx, t: TableData | null): RatingBand[] {
  const out: RatingBand[] = [];
  for (const rec of t?.records ?? []) {
    const f = fieldsOf(t as TableData, rec);
    const name = f.text('name') ?? '';
    const min = asNumber(f.cell('min'));
    const max = asNumber(f.cell('max'));
    if (min === null || max === null) {
      invalid(ctx, t as TableData, rec.row, min === null ? 'min' : 'max', METH.bandBounds(name));
      continue;
    }
    const raw = f.text('color') ?? '';
    out.push({ name, min, max, color: readColour(raw) ?? raw.toUpperCase() });
  }
  return out;
}

const FORMULAS: Readonly<Record<string, ScoreFormula>> = {
  product: 'product',
  multiply: 'product',
  multiplication: 'product',
  'l×i': 'product',
  'l*i': 'product',
  lxi: 'product',
  sum: 'sum',
  add: 'sum',
  addition: 'sum',
  'l+i': 'sum',
  matrix: 'matrix',
  lookup: 'matrix',
  matrixlookup: 'matrix',
};

type Settings = { formula: ScoreFormula | null; formulaSeen: boolean; threshold: number | null };

function readSettings(ctx: Ctx, t: TableData | null): Settings {
  const s: Settings = { formula: null, formulaSeen: false, threshold: null };
  for (const rec of t?.records ?? []) {
    const f = fieldsOf(t as TableData, rec);
    const key = normalizeHeader(f.text('setting'));
    if (key === normalizeHeader(METHOD_SETTINGS.formula)) {
      const raw = f.text('value') ?? '';
      s.formulaSeen = true;
      s.formula = FORMULAS[normalizeHeader(raw)] ?? null;
      if (s.formula === null) invalid(ctx, t as TableData, rec.row, 'value', METH.formula(raw));
    } else if (key === normalizeHeader(METHOD_SETTINGS.threshold)) {
      s.threshold = asNumber(f.cell('value'));
    }
  }
  return s;
}

function tableLevel(ctx: Ctx, sheet: string, detail: string): void {
  ctx.findings.push(
    makeFinding(
      methInvalid.id,
      { workbook: ctx.workbook, sheet, cell: null, row: null },
      METH.invalid(detail),
    ),
  );
}

export function parseMethodology(snapshot: WorkbookSnapshot): MethodologyParse {
  const ctx: Ctx = { workbook: snapshot.name, findings: [] };
  const lt = read(snapshot, LIKELIHOOD_TABLE);
  const it = read(
    snapshot,
    IMPACT_TABLE,
    lt && !snapshot.tables.some((t) => t.name === IMPACT_TABLE.table) ? 1 : 0,
  );
  const rt = read(snapshot, RATINGS_TABLE);
  const mt = read(snapshot, METHOD_TABLE);
  const tables = [lt, it, rt, mt].filter((t): t is TableData => t !== null);
  if (tables.length === 0) return { methodology: null, sheet: null, findings: [], tables };
  const sheet = tables[0].sheet;
  const likelihood = readScale(ctx, lt, 'likelihood');
  const impact = readScale(ctx, it, 'impact');
  const bands = readBands(ctx, rt);
  const settings = readSettings(ctx, mt);
  const formula = settings.formula ?? 'product';
  if (!settings.formulaSeen) tableLevel(ctx, sheet, METH.noFormula());
  const matrix = formula === 'matrix' ? readMatrix(snapshot, sheet) : null;
  const base: Methodology = { likelihood, impact, formula, matrix, bands, acceptanceThreshold: 0 };
  let threshold = settings.threshold;
  if (threshold === null) {
    tableLevel(ctx, sheet, METH.noThreshold());
    threshold = likelihood.length && impact.length ? scoreRange(base).max : 0;
  }
  return {
    methodology: { ...base, acceptanceThreshold: threshold },
    sheet,
    findings: ctx.findings,
    tables,
  };
}
