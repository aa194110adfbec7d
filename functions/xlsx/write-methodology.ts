/**
 * The Methodology sheet (6.1.2): tblMethod, tblLikelihood and tblImpact on the left, tblRatings
 * and tblMatrix on the right. tblMatrix is always written (the product or sum values when the
 * method is not a matrix) so the live score formula can switch method from the sheet alone.
 */
import type * as ExcelJS from 'exceljs';
import type { Methodology, ScaleLevel } from '../../shared/model/types';
import { cellAddress, columnLetter } from '../../shared/grid/address';
import { computeScore } from '../../shared/risk/score-risk';
import {
  IMPACT_TABLE,
  LIKELIHOOD_TABLE,
  LISTS,
  MATRIX_TABLE_NAME,
  METHOD_SETTINGS,
  METHOD_TABLE,
  RATINGS_TABLE,
  type ColumnDef,
} from '../../shared/workbook/canonical';
import { bandFormats, matrixHeader } from '../../shared/workbook/formulas';
import { addMatrixFormats, paintBand } from './write-formats';
import { addValidation, font, writeTable } from './write-table';

export type MethodologyLayout = {
  /** Absolute ranges of the level cells, for list validations on the Risks sheet. */
  readonly likelihoodLevels: string;
  readonly impactLevels: string;
};

const LEFT = 1;
const RIGHT = 5;

function title(ws: ExcelJS.Worksheet, row: number, col: number, text: string): void {
  const cell = ws.getCell(row, col);
  cell.value = text;
  cell.font = font({ bold: true, size: 12, color: { argb: 'FF1F3864' } });
}

function scale(
  ws: ExcelJS.Worksheet,
  name: string,
  levels: readonly ScaleLevel[],
  top: number,
): string {
  const rows = [...levels]
    .sort((a, b) => a.level - b.level)
    .map((l) => [l.level, l.label, l.description]);
  const center = new Set(['Level']);
  const t = writeTable(ws, {
    name,
    columns: LIKELIHOOD_TABLE.columns,
    rows,
    top,
    left: LEFT,
    ownsColumns: false,
    center,
  });
  const a = columnLetter(LEFT);
  return `'${ws.name}'!$${a}$${t.firstRow}:$${a}$${t.lastRow}`;
}

function method(ws: ExcelJS.Worksheet, m: Methodology, top: number): void {
  const formula = LISTS.scoreFormula.find((f) => f.toLowerCase() === m.formula) ?? 'Product';
  const rows = [
    [METHOD_SETTINGS.formula, formula],
    [METHOD_SETTINGS.threshold, m.acceptanceThreshold],
  ];
  const t = writeTable(ws, {
    name: METHOD_TABLE.table,
    columns: METHOD_TABLE.columns,
    rows,
    top,
    left: LEFT,
    ownsColumns: false,
  });
  addValidation(ws, cellAddress(t.firstRow, LEFT + 1), {
    type: 'list',
    allowBlank: false,
    formulae: [`"${LISTS.scoreFormula.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: METHOD_SETTINGS.formula,
    error: `Score formula must be one of: ${LISTS.scoreFormula.join(', ')}.`,
  });
}

function ratings(ws: ExcelJS.Worksheet, m: Methodology, top: number): number {
  const bands = bandFormats(m);
  const rows = bands.map((b) => [b.band, b.min, b.max, b.fill]);
  const center = new Set(['Min Score', 'Max Score', 'Colour']);
  const t = writeTable(ws, {
    name: RATINGS_TABLE.table,
    columns: RATINGS_TABLE.columns,
    rows,
    top,
    left: RIGHT,
    ownsColumns: false,
    center,
  });
  bands.forEach((b, i) => {
    paintBand(ws.getCell(t.firstRow + i, RIGHT), b);
    paintBand(ws.getCell(t.firstRow + i, RIGHT + 3), b);
  });
  return t.lastRow;
}

/** Score of every likelihood × impact pair: the matrix as given, else the product or sum. */
function matrixValue(m: Methodology, l: number, i: number): number {
  const given = m.formula === 'matrix' ? m.matrix?.[l - 1]?.[i - 1] : undefined;
  if (typeof given === 'number') return given;
  return computeScore(m.formula === 'sum' ? m : { ...m, formula: 'product' }, l, i) ?? l * i;
}

function matrix(ws: ExcelJS.Worksheet, m: Methodology, top: number): void {
  const ls = m.likelihood.map((x) => x.level).sort((a, b) => a - b);
  const is = m.impact.map((x) => x.level).sort((a, b) => a - b);
  const columns: ColumnDef[] = [
    { key: 'likelihood', header: 'Likelihood', kind: 'number' },
    ...is.map((i) => ({ key: matrixHeader(i), header: matrixHeader(i), kind: 'number' as const })),
  ];
  const rows = ls.map((l) => [l, ...is.map((i) => matrixValue(m, l, i))]);
  const center = new Set(columns.map((c) => c.header));
  const t = writeTable(ws, {
    name: MATRIX_TABLE_NAME,
    columns,
    rows,
    top,
    left: RIGHT,
    ownsColumns: false,
    center,
  });
  addMatrixFormats(
    ws,
    m,
    `${cellAddress(t.firstRow, RIGHT + 1)}:${cellAddress(t.lastRow, RIGHT + is.length)}`,
  );
  for (let r = t.firstRow; r <= t.lastRow; r++) ws.getCell(r, RIGHT).font = font({ bold: true });
}

/** Lays out the Methodology sheet and returns where the scale levels are. */
export function writeMethodology(ws: ExcelJS.Worksheet, m: Methodology): MethodologyLayout {
  const widths = [22, 18, 60, 3, 12, 10, 10, 10];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let c = widths.length + 1; c <= RIGHT + m.impact.length; c++) ws.getColumn(c).width = 10;
  for (let c = 1; c <= 3; c++) ws.getColumn(c).alignment = { vertical: 'top', wrapText: c === 3 };
  ws.getCell(1, 1).value = 'Risk assessment methodology';
  ws.getCell(1, 1).font = font({ bold: true, size: 16, color: { argb: 'FF1F3864' } });
  ws.getRow(1).height = 26;
  ws.getCell(2, 1).value =
    'ISO/IEC 27001:2022 6.1.2. Scores and ratings on the Risks sheet are calculated from these tables: ' +
    'change the score formula, scales, bands or matrix here and every risk is rescored.';
  ws.getCell(2, 1).font = font({ italic: true, color: { argb: 'FF595959' } });
  title(ws, 4, LEFT, 'Settings');
  method(ws, m, 5);
  const lTop = 10;
  title(ws, lTop - 1, LEFT, 'Likelihood scale');
  const likelihoodLevels = scale(ws, LIKELIHOOD_TABLE.table, m.likelihood, lTop);
  const iTop = lTop + m.likelihood.length + 3;
  title(ws, iTop - 1, LEFT, 'Impact scale');
  const impactLevels = scale(ws, IMPACT_TABLE.table, m.impact, iTop);
  title(ws, 4, RIGHT, 'Rating bands (ascending by Min Score)');
  const bandsEnd = ratings(ws, m, 5);
  title(
    ws,
    bandsEnd + 2,
    RIGHT,
    'Score matrix: likelihood down, impact across (used when Score formula is Matrix)',
  );
  matrix(ws, m, bandsEnd + 3);
  ws.views = [{ state: 'normal', showGridLines: false }];
  return { likelihoodLevels, impactLevels };
}
