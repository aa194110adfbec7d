/** Heat map sheet: inherent and residual grids as coloured cells, legend, top risks table. */
import type { Worksheet } from 'exceljs';
import type { HeatMap } from '../../../shared/model';
import type { GapReport } from '../../../shared/gaps';
import { heatMapBlock } from '../../../shared/workbook';
import { addTable, fillCell, note, title, xv } from './sheet-kit';

const WHITE = { style: 'thin' as const, color: { argb: 'FFFFFFFF' } };

/**
 * Draws one grid with its title at (row, col), laid out by the core (the add-in's heat-map sheet
 * uses the same layout); returns the first free row.
 */
function drawMap(ws: Worksheet, map: HeatMap, name: string, row: number, col: number): number {
  const block = heatMapBlock(map, name, row, col);
  for (const c of block.cells) {
    if (c.role === 'title') {
      title(ws, `${ws.getColumn(c.col).letter}${c.row}`, String(c.value), 12);
      continue;
    }
    const cell = ws.getCell(c.row, c.col);
    cell.value = c.value;
    if (c.role === 'likelihood') cell.alignment = { horizontal: 'right' };
    if (c.role === 'impact') cell.alignment = { horizontal: 'center', wrapText: true };
    if (c.role === 'count') {
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.font = { bold: true };
      cell.border = { top: WHITE, left: WHITE, bottom: WHITE, right: WHITE };
      fillCell(cell, c.fill ?? null);
      ws.getRow(c.row).height = 26;
    }
  }
  return block.next;
}

export function writeHeatMapSheet(ws: Worksheet, r: GapReport): void {
  ws.getColumn(1).width = 22;
  if (!r.heatMaps || !r.methodology) {
    note(
      ws,
      'A1',
      'No workbook documents a risk methodology: risks cannot be placed on a heat map.',
    );
    return;
  }
  const width = r.methodology.impact.length;
  for (let c = 2; c <= width + 1; c++) ws.getColumn(c).width = 11;
  ws.getColumn(width + 3).width = 22;
  for (let c = width + 4; c <= 2 * width + 3; c++) ws.getColumn(c).width = 11;
  let at = drawMap(ws, r.heatMaps.inherent, 'Inherent risk', 1, 1);
  drawMap(ws, r.heatMaps.residual, 'Residual risk', 1, width + 3);
  note(
    ws,
    `A${at}`,
    `Counts of risks on ${r.methodologySource}'s methodology (${r.methodology.formula} of likelihood and impact).`,
  );
  at += 1;
  r.methodology.bands.forEach((b, i) => {
    const cell = ws.getCell(at + i, 1);
    cell.value = `${b.name} (${b.min}–${b.max})`;
    fillCell(cell, b.color);
  });
  at += r.methodology.bands.length + 1;
  title(ws, `A${at}`, 'Top risks', 12);
  const t = addTable(ws, {
    name: 'tblTopRisks',
    ref: `A${at + 1}`,
    columns: [
      'Risk ID',
      'Description',
      'Owner',
      'Inherent Score',
      'Inherent Rating',
      'Residual Score',
      'Residual Rating',
      'Status',
      'Workbook',
    ].map((header) => ({ header })),
    rows: r.managementReview.topRisks.map((x) => [
      xv(x.id),
      xv(x.description),
      xv(x.owner),
      xv(x.inherentScore),
      xv(x.inherentRating),
      xv(x.residualScore),
      xv(x.residualRating),
      xv(x.status),
      x.workbook,
    ]),
  });
  r.managementReview.topRisks.forEach((x, i) =>
    fillCell(ws.getCell(t.firstRow + i, 7), x.residualColor),
  );
}
