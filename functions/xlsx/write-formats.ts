/**
 * Conditional formats in the rating-band colours of the Methodology (`bandFormats`). Rating and
 * score cells are coloured by the rating text in the same row, so moving a band boundary on the
 * Methodology sheet recolours them with the formulas. Excel forbids structured references in
 * conditional-format formulas, hence plain A1 references here.
 */
import type * as ExcelJS from 'exceljs';
import type { Methodology } from '../../shared/model/types';
import { columnLetter } from '../../shared/grid/address';
import { bandFormats, type BandFormat } from '../../shared/workbook/formulas';
import { font } from './write-table';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function bandStyle(b: BandFormat): Partial<ExcelJS.Style> {
  return {
    fill: {
      type: 'pattern',
      pattern: 'solid',
      bgColor: { argb: argb(b.fill) },
      fgColor: { argb: argb(b.fill) },
    },
    font: { color: { argb: argb(b.font) }, bold: true },
  };
}

/**
 * Fills `scoreCol:ratingCol` of rows `first`…`last` when the rating cell reads a band's name.
 * Example rule for rows 2…201: `$J2="High"` on `I2:J201`. Returns the next free priority
 * (Excel wants them unique on a sheet).
 */
export function addRatingFormats(
  ws: ExcelJS.Worksheet,
  m: Methodology,
  cols: { readonly score: number; readonly rating: number },
  rows: { readonly first: number; readonly last: number },
  priority = 1,
): number {
  const from = columnLetter(Math.min(cols.score, cols.rating));
  const to = columnLetter(Math.max(cols.score, cols.rating));
  const rating = `$${columnLetter(cols.rating)}${rows.first}`;
  ws.addConditionalFormatting({
    ref: `${from}${rows.first}:${to}${rows.last}`,
    rules: bandFormats(m).map((b, i) => ({
      type: 'expression',
      priority: priority + i,
      formulae: [`${rating}="${b.band.replace(/"/g, '""')}"`],
      style: bandStyle(b),
    })),
  });
  return priority + m.bands.length;
}

/** Fills the score matrix cells by the band their value falls in. */
export function addMatrixFormats(ws: ExcelJS.Worksheet, m: Methodology, ref: string): void {
  ws.addConditionalFormatting({
    ref,
    rules: bandFormats(m).map((b, i) => ({
      type: 'cellIs',
      operator: 'between',
      priority: i + 1,
      formulae: [b.min, b.max],
      style: bandStyle(b),
    })),
  });
}

/** A static fill in a band's colour (the Colour cells of tblRatings). */
export function paintBand(cell: ExcelJS.Cell, b: BandFormat): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(b.fill) } };
  cell.font = font({ color: { argb: argb(b.font) }, bold: true });
}
