/**
 * One report sheet holding one Excel Table under a title: frozen header, printed landscape to one
 * page wide with the header row repeated, and the print area set to the title and the table.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { addTable, note, printSetup, title, type TableSpec } from './sheet-kit';
import { columnLetter } from '../../../shared/grid';

export type TableSheetSpec = Omit<TableSpec, 'ref'> & {
  readonly title: string;
  /** One line under the title (document, date, workbooks). */
  readonly subtitle?: string;
};

export function addTableSheet(
  wb: Workbook,
  sheetName: string,
  spec: TableSheetSpec,
): { ws: Worksheet; firstRow: number; lastRow: number } {
  const ws = wb.addWorksheet(sheetName);
  title(ws, 'A1', spec.title);
  if (spec.subtitle) note(ws, 'A2', spec.subtitle);
  const headerRow = 4;
  const t = addTable(ws, { ...spec, ref: `A${headerRow}` });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  printSetup(ws, headerRow, `A1:${columnLetter(spec.columns.length)}${t.lastRow}`);
  return { ws, firstRow: t.firstRow, lastRow: t.lastRow };
}
