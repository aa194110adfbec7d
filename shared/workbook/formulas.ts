/**
 * Native Excel formulas for the calculated columns of tblRisks, driven by the Methodology sheet
 * (6.1.2: the documented method is the one that scores), so scoring keeps working for co-authors
 * who do not have the add-in. Used by the template writer (exceljs) and the office-js setup.
 *
 * Formulas are in file-format long form (`tblRisks[[#This Row],[Likelihood]]`, never `[@…]`)
 * and without the leading `=`. They need the tables tblLikelihood, tblImpact, tblRatings,
 * tblMethod and tblMatrix to exist (`FORMULA_TABLES`), with tblRatings sorted by Min Score.
 */
import type { Cell } from '../grid/grid';
import type { Methodology } from '../model/types';
import { computeScore, rateScore } from '../risk/score-risk';
import {
  IMPACT_TABLE,
  LIKELIHOOD_TABLE,
  MATRIX_TABLE_NAME,
  METHOD_SETTINGS,
  METHOD_TABLE,
  RATINGS_TABLE,
  RISKS,
} from './canonical';

export type RiskFormulas = {
  readonly inherentScore: string;
  readonly inherentRating: string;
  readonly residualScore: string;
  readonly residualRating: string;
};

/** Tables the formulas refer to; the workbook must hold all of them or Excel rejects the formulas. */
export const FORMULA_TABLES: readonly string[] = [
  LIKELIHOOD_TABLE.table,
  IMPACT_TABLE.table,
  RATINGS_TABLE.table,
  METHOD_TABLE.table,
  MATRIX_TABLE_NAME,
];

/** Header of the tblMatrix column holding the scores for one impact level (`I3`). */
export function matrixHeader(impactLevel: number): string {
  return `I${impactLevel}`;
}

/** `tblRisks[[#This Row],[Likelihood]]`: the cell of `header` in the formula's own row. */
export function thisRow(header: string, table: string = RISKS.table): string {
  return `${table}[[#This Row],[${escapeColumn(header)}]]`;
}

/** Structured-reference escaping: `[`, `]`, `#` and `'` take a `'` before them. */
function escapeColumn(header: string): string {
  return header.replace(/([[\]#'])/g, "'$1");
}

/**
 * Score of likelihood `l` and impact `i` (references): "" when either is blank or not a level of
 * its scale (as `computeScore` returns null), else the method named in tblMethod "Score formula":
 * CHOOSE(MATCH(method, {"Product","Sum","Matrix"}, 0), l*i, l+i, tblMatrix lookup). Changing the
 * setting on the Methodology sheet rescores every risk; an unknown method shows #N/A.
 */
export function scoreFormula(m: Methodology, l: string, i: string): string {
  const onScale = (ref: string, table: string) => `ISNA(MATCH(${ref},${table}[Level],0))`;
  const method = `INDEX(${METHOD_TABLE.table}[Value],MATCH("${METHOD_SETTINGS.formula}",${METHOD_TABLE.table}[Setting],0))`;
  const levels = m.impact.map((x) => x.level);
  const first = escapeColumn(matrixHeader(Math.min(...levels)));
  const last = escapeColumn(matrixHeader(Math.max(...levels)));
  const t = MATRIX_TABLE_NAME;
  const matrix =
    `INDEX(${t}[[${first}]:[${last}]],MATCH(${l},${t}[Likelihood],0),` +
    `MATCH("I"&${i},${t}[[#Headers],[${first}]:[${last}]],0))`;
  return (
    `IF(OR(${l}="",${i}=""),"",` +
    `IF(OR(${onScale(l, LIKELIHOOD_TABLE.table)},${onScale(i, IMPACT_TABLE.table)}),"",` +
    `CHOOSE(MATCH(${method},{"Product","Sum","Matrix"},0),${l}*${i},${l}+${i},${matrix})))`
  );
}

/**
 * Rating of score `s` (a reference): the tblRatings band whose Min Score is the largest not above
 * the score (MATCH type 1, so bands must be sorted ascending by Min Score), provided the score is
 * not above that band's Max Score; "" when the score is blank or no band covers it (as
 * `rateScore` returns null).
 */
export function ratingFormula(s: string): string {
  const r = RATINGS_TABLE.table;
  const band = `MATCH(${s},${r}[Min Score],1)`;
  return `IF(${s}="","",IFERROR(IF(${s}<=INDEX(${r}[Max Score],${band}),INDEX(${r}[Rating],${band}),""),""))`;
}

/** The four calculated columns of tblRisks. @example riskFormulas(DEFAULT_METHODOLOGY).inherentScore */
export function riskFormulas(m: Methodology): RiskFormulas {
  return {
    inherentScore: scoreFormula(m, thisRow('Likelihood'), thisRow('Impact')),
    inherentRating: ratingFormula(thisRow('Inherent Score')),
    residualScore: scoreFormula(m, thisRow('Residual Likelihood'), thisRow('Residual Impact')),
    residualRating: ratingFormula(thisRow('Residual Score')),
  };
}

/**
 * What the formulas show for one likelihood/impact pair, computed by the core: the cached value
 * written beside each formula. Non-numeric inputs give "" as MATCH finds no level for them.
 */
export function formulaResults(
  m: Methodology,
  likelihood: Cell,
  impact: Cell,
): { score: number | ''; rating: string } {
  if (typeof likelihood !== 'number' || typeof impact !== 'number')
    return { score: '', rating: '' };
  const score = computeScore(m, likelihood, impact);
  if (score === null) return { score: '', rating: '' };
  return { score, rating: rateScore(m, score)?.name ?? '' };
}

/** Display form for the formula bar and office-js: `tblRisks[[#This Row],[Impact]]` → `[@Impact]`. */
export function toDisplayForm(formula: string): string {
  return formula.replace(/\w+\[\[#This Row\],\[((?:[^\]']|'.)+)\]\]/g, (_, col: string) =>
    /^\w+$/.test(col) ? `[@${col}]` : `[@[${col}]]`,
  );
}

export type BandFormat = {
  readonly band: string;
  readonly min: number;
  readonly max: number;
  /** Fill `#RRGGBB` (the band colour) and a readable font colour on it. */
  readonly fill: string;
  readonly font: string;
};

/**
 * Conditional-format rules as data, one per band, ascending by Min Score: a rating cell whose
 * text equals `band` (and the score beside it) is filled with `fill`.
 */
export function bandFormats(m: Methodology): BandFormat[] {
  return [...m.bands]
    .sort((a, b) => a.min - b.min)
    .map((b) => ({
      band: b.name,
      min: b.min,
      max: b.max,
      fill: b.color.toUpperCase(),
      font: fontOn(b.color),
    }));
}

/** Black on light fills, white on dark ones (WCAG relative luminance). */
function fontOn(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return '#000000';
  const [r, g, b] = [0, 2, 4].map((k) => {
    const c = parseInt(m[1].slice(k, k + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 ? '#000000' : '#FFFFFF';
}
