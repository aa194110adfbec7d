/**
 * The Methodology sheet (6.1.2): tblMethod, tblLikelihood and tblImpact on the left, tblRatings
 * and tblMatrix on the right. tblMatrix is always written so the live score formula can switch
 * method from the sheet alone: a documented matrix as given, else the method's own scores.
 */
import type { Methodology, ScaleLevel } from '../../model/types';
import { cellAddress, columnLetter } from '../../grid/address';
import { computeScore } from '../../risk/score-risk';
import {
  IMPACT_TABLE,
  LIKELIHOOD_TABLE,
  LISTS,
  MATRIX_TABLE_NAME,
  METHOD_SETTINGS,
  METHOD_TABLE,
  METHODOLOGY_SHEET,
  RATINGS_TABLE,
  type ColumnDef,
} from '../canonical';
import { bandFormats, matrixHeader } from '../formulas';
import { lastRow, planTable } from './table-plan';
import type { PlanText, SheetPlan, TablePlan } from './types';

export type MethodologyRanges = {
  /** Absolute ranges of the level cells, for the level lists on the Risks sheet. */
  readonly likelihoodLevels: string;
  readonly impactLevels: string;
};

const LEFT = 1;
const RIGHT = 5;
const WIDTHS = [22, 18, 60, 3, 12, 10, 10, 10];

/** The Score formula setting as the list spells it (`Product`, `Sum`, `Matrix`). */
export function formulaLabel(m: Methodology): string {
  return LISTS.scoreFormula.find((f) => f.toLowerCase() === m.formula) ?? 'Product';
}

/** Score of likelihood `l` × impact `i` in tblMatrix: the documented matrix, else the method's. */
export function matrixValue(m: Methodology, l: number, i: number): number {
  const given = m.matrix?.[l - 1]?.[i - 1];
  if (typeof given === 'number') return given;
  return computeScore(m.formula === 'sum' ? m : { ...m, formula: 'product' }, l, i) ?? l * i;
}

function scale(name: string, levels: readonly ScaleLevel[], top: number): TablePlan {
  const rows = [...levels]
    .sort((a, b) => a.level - b.level)
    .map((l) => [l.level, l.label, l.description]);
  const center = new Set(['Level']);
  return planTable({
    name,
    columns: LIKELIHOOD_TABLE.columns,
    rows,
    top,
    left: LEFT,
    center,
    register: false,
  });
}

function matrix(m: Methodology, top: number): TablePlan {
  const ls = m.likelihood.map((x) => x.level).sort((a, b) => a - b);
  const is = m.impact.map((x) => x.level).sort((a, b) => a - b);
  const columns: ColumnDef[] = [
    { key: 'likelihood', header: 'Likelihood', kind: 'number', width: 10 },
    ...is.map((i) => ({
      key: matrixHeader(i),
      header: matrixHeader(i),
      kind: 'number' as const,
      width: 10,
    })),
  ];
  const rows = ls.map((l) => [l, ...is.map((i) => matrixValue(m, l, i))]);
  const center = new Set(columns.map((c) => c.header));
  return planTable({
    name: MATRIX_TABLE_NAME,
    columns,
    rows,
    top,
    left: RIGHT,
    center,
    register: false,
  });
}

function texts(likelihoodTop: number, impactTop: number, matrixTop: number): PlanText[] {
  return [
    { row: 1, col: 1, value: 'Risk assessment methodology', role: 'title' },
    {
      row: 2,
      col: 1,
      value:
        'ISO/IEC 27001:2022 6.1.2. Scores and ratings on the Risks sheet are calculated from these tables: ' +
        'change the score formula, scales, bands or matrix here and every risk is rescored.',
      role: 'note',
    },
    { row: 4, col: LEFT, value: 'Settings', role: 'section' },
    { row: likelihoodTop - 1, col: LEFT, value: 'Likelihood scale', role: 'section' },
    { row: impactTop - 1, col: LEFT, value: 'Impact scale', role: 'section' },
    { row: 4, col: RIGHT, value: 'Rating bands (ascending by Min Score)', role: 'section' },
    {
      row: matrixTop - 1,
      col: RIGHT,
      value: 'Score matrix: likelihood down, impact across (used when Score formula is Matrix)',
      role: 'section',
    },
  ];
}

const levelsOf = (t: TablePlan) => {
  const a = columnLetter(t.left);
  return `'${METHODOLOGY_SHEET}'!$${a}$${t.top + 1}:$${a}$${lastRow(t)}`;
};

export function methodologySheet(m: Methodology): { sheet: SheetPlan; ranges: MethodologyRanges } {
  const method = planTable({
    name: METHOD_TABLE.table,
    columns: METHOD_TABLE.columns,
    rows: [
      [METHOD_SETTINGS.formula, formulaLabel(m)],
      [METHOD_SETTINGS.threshold, m.acceptanceThreshold],
    ],
    top: 5,
    left: LEFT,
    register: false,
  });
  const likelihood = scale(LIKELIHOOD_TABLE.table, m.likelihood, 10);
  const impact = scale(IMPACT_TABLE.table, m.impact, 10 + m.likelihood.length + 3);
  const bands = bandFormats(m);
  const ratings = planTable({
    name: RATINGS_TABLE.table,
    columns: RATINGS_TABLE.columns,
    rows: bands.map((b) => [b.band, b.min, b.max, b.fill]),
    top: 5,
    left: RIGHT,
    center: new Set(['Min Score', 'Max Score', 'Colour']),
    register: false,
  });
  const scores = matrix(m, lastRow(ratings) + 3);
  const body = `${cellAddress(scores.top + 1, RIGHT + 1)}:${cellAddress(lastRow(scores), RIGHT + m.impact.length)}`;
  const widths = [
    ...WIDTHS.map((width, i) => ({ col: i + 1, width, wrap: i === 2 })),
    ...Array.from({ length: Math.max(0, RIGHT + m.impact.length - WIDTHS.length) }, (_, k) => ({
      col: WIDTHS.length + 1 + k,
      width: 10,
      wrap: false,
    })),
  ];
  const sheet: SheetPlan = {
    name: METHODOLOGY_SHEET,
    kind: 'methodology',
    widths,
    texts: texts(likelihood.top, impact.top, scores.top),
    tables: [method, likelihood, impact, ratings, scores],
    validations: [
      {
        ref: cellAddress(method.top + 1, LEFT + 1),
        values: LISTS.scoreFormula,
        allowBlank: false,
        title: METHOD_SETTINGS.formula,
        error: `Score formula must be one of: ${LISTS.scoreFormula.join(', ')}.`,
      },
    ],
    formats: [
      {
        ref: body,
        rules: bands.map((b) => ({
          type: 'between',
          min: b.min,
          max: b.max,
          fill: b.fill,
          font: b.font,
        })),
      },
    ],
    fills: bands.flatMap((b, i) =>
      [RIGHT, RIGHT + 3].map((c) => ({
        ref: cellAddress(ratings.top + 1 + i, c),
        fill: b.fill,
        font: b.font,
      })),
    ),
    freeze: { rows: 0, cols: 0 },
    gridLines: false,
    print: { paper: 'A4', repeatHeader: false },
  };
  return {
    sheet,
    ranges: { likelihoodLevels: levelsOf(likelihood), impactLevels: levelsOf(impact) },
  };
}
