/**
 * The management review pack as an xlsx workbook: one sheet per table of the outline (each a
 * real Excel Table under its section heading, printed one page wide with its header repeated),
 * and the residual heat map as a coloured grid.
 */
import type { Workbook } from 'exceljs';
import type { ReviewPack } from '../../../shared/review';
import type { HeatMap } from '../../../shared/model';
import { addTableSheet } from '../xlsx/table-sheet';
import { fillCell, printSetup, title, xv } from '../xlsx/sheet-kit';
import { newWorkbook, toBytes } from '../xlsx/new-workbook';
import { cellText } from '../cell-text';
import { packOutline } from './outline';

/** Excel sheet names: ≤ 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(base: string, used: Set<string>): string {
  const clean = base
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 28);
  let name = clean;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${clean.slice(0, 26)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

function heatMapSheet(wb: Workbook, map: HeatMap, name: string): void {
  const ws = wb.addWorksheet(name);
  title(ws, 'A1', 'Residual risk heat map (9.3.2 f)');
  const ls = [...map.likelihood].sort((a, b) => b.level - a.level);
  const is = [...map.impact].sort((a, b) => a.level - b.level);
  ws.getCell(3, 1).value = 'Likelihood \\ Impact';
  is.forEach((i, c) => (ws.getCell(3, c + 2).value = cellText(`${i.level} ${i.label}`)));
  ls.forEach((l, r) => {
    ws.getCell(r + 4, 1).value = cellText(`${l.level} ${l.label}`);
    is.forEach((i, c) => {
      const cell = map.cells.find((x) => x.likelihood === l.level && x.impact === i.level);
      const target = ws.getCell(r + 4, c + 2);
      target.value = cell?.count ?? 0;
      target.alignment = { horizontal: 'center', vertical: 'middle' };
      fillCell(target, cell?.color ?? '#FFFFFF');
    });
  });
  ws.getColumn(1).width = 22;
  is.forEach((_, c) => (ws.getColumn(c + 2).width = 14));
  printSetup(ws, 3);
}

export async function writeReviewPackXlsx(p: ReviewPack): Promise<Uint8Array> {
  const wb = await newWorkbook('isms review-pack', `Management review ${p.asOf}`);
  const used = new Set<string>();
  let n = 0;
  for (const s of packOutline(p)) {
    const heading = s.clause ? `${s.clause} ${s.title}` : `Management review — ${s.title}`;
    for (const x of s.tables) {
      n += 1;
      const prefix = s.clause ? s.clause.replace('9.3.2 ', '') : 'Summary';
      addTableSheet(wb, sheetName(`${prefix} ${x.title}`, used), {
        title: heading,
        subtitle: `${x.title} — ${[s.lead, ...s.bullets].join(' ')}`,
        name: `tblPack${n}`,
        columns: x.columns.map((header, i) => ({ header, width: x.widths?.[i] ?? 16 })),
        rows: x.rows.map((r) => r.map(xv)),
      });
    }
    if (s.heatMaps && p.risk.heatMaps)
      heatMapSheet(wb, p.risk.heatMaps.residual, sheetName('f) Heat map', used));
  }
  return toBytes(wb);
}
