/** Heat map sheet: inherent and residual grids as coloured cells, legend, top risks table. */
import type { Worksheet } from 'exceljs';
import type { HeatMap } from '../../../shared/model/assessment';
import type { GapReport } from '../../../shared/gaps/types';
import { addTable, fillCell, note, title, xv } from './sheet-kit';

/** Draws one grid with its top-left label cell at (row, col); returns the first free row. */
function drawMap(ws: Worksheet, map: HeatMap, name: string, row: number, col: number): number {
  const ls = [...map.likelihood].sort((a, b) => b.level - a.level);
  const is = [...map.impact].sort((a, b) => a.level - b.level);
  title(ws, `${ws.getColumn(col).letter}${row}`, name, 12);
  ls.forEach((l, r) => {
    const label = ws.getCell(row + 1 + r, col);
    label.value = `${l.level} ${l.label}`;
    label.alignment = { horizontal: 'right' };
    is.forEach((i, c) => {
      const cell = ws.getCell(row + 1 + r, col + 1 + c);
      const hm = map.cells.find((x) => x.likelihood === l.level && x.impact === i.level);
      cell.value = hm && hm.count > 0 ? hm.count : null;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.font = { bold: true };
      cell.border = {
        top: { style: 'thin', color: { argb: 'FFFFFFFF' } },
        left: { style: 'thin', color: { argb: 'FFFFFFFF' } },
        bottom: { style: 'thin', color: { argb: 'FFFFFFFF' } },
        right: { style: 'thin', color: { argb: 'FFFFFFFF' } },
      };
      fillCell(cell, hm?.color ?? null);
    });
    ws.getRow(row + 1 + r).height = 26;
  });
  const axis = row + 1 + ls.length;
  ws.getCell(axis, col).value = 'Likelihood ↑ / Impact →';
  is.forEach((i, c) => {
    const cell = ws.getCell(axis, col + 1 + c);
    cell.value = `${i.level} ${i.label}`;
    cell.alignment = { horizontal: 'center', wrapText: true };
  });
  return axis + 2;
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
