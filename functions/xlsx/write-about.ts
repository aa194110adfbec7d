/** The short "About" sheet that opens the canonical workbook: what each sheet and table is for. */
import type * as ExcelJS from 'exceljs';
import {
  ASSETS,
  CLAUSES_TABLE,
  FINDINGS_TABLE,
  METHODOLOGY_SHEET,
  RISKS,
  SOA,
} from '../../shared/workbook/canonical';
import { font } from './write-table';

export const ABOUT_SHEET = 'About';

const PARTS: readonly (readonly [string, string, string])[] = [
  [
    METHODOLOGY_SHEET,
    'tblMethod, tblLikelihood, tblImpact, tblRatings, tblMatrix',
    'Documented risk assessment method: scales, score formula, rating bands, acceptance threshold (6.1.2)',
  ],
  [ASSETS.sheet, ASSETS.table, 'Information assets with owner, classification and C/I/A values'],
  [
    RISKS.sheet,
    RISKS.table,
    'Risk register: scores and ratings are calculated from the Methodology (6.1.2, 6.1.3, 8.2, 8.3)',
  ],
  [
    SOA.sheet,
    SOA.table,
    'Statement of Applicability: all 93 Annex A controls with justification and status (6.1.3 d)',
  ],
  [
    CLAUSES_TABLE.sheet,
    CLAUSES_TABLE.table,
    'Conformance with clauses 4.1 to 10.2 and the documented information that shows it',
  ],
  [
    FINDINGS_TABLE.sheet,
    FINDINGS_TABLE.table,
    'Audit findings, corrective actions and their effectiveness (9.2, 10.2)',
  ],
];

export function writeAbout(ws: ExcelJS.Worksheet): void {
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 34;
  ws.getColumn(3).width = 90;
  ws.getCell('A1').value = 'ISMS workbook: ISO/IEC 27001:2022';
  ws.getCell('A1').font = font({ bold: true, size: 16, color: { argb: 'FF1F3864' } });
  ws.getRow(1).height = 26;
  ws.getCell('A2').value =
    'Each part is an Excel table on its own sheet. Keep the table and column names: formulas, the add-in and the checks find data by them.';
  ws.getCell('A2').font = font({ italic: true, color: { argb: 'FF595959' } });
  const header = ws.getRow(4);
  ['Sheet', 'Table', 'Purpose'].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = font({ bold: true, color: { argb: 'FFFFFFFF' } });
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
  });
  PARTS.forEach(([sheet, table, purpose], i) => {
    const row = ws.getRow(5 + i);
    row.values = [sheet, table, purpose];
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).font = font({ bold: true });
  });
  ws.views = [{ state: 'normal', showGridLines: false }];
}
