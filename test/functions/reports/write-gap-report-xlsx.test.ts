import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { writeGapReportXlsx } from '../../../functions/reports/write-gap-report-xlsx';
import { buildGapReport } from '../../../shared/gaps/build-gap-report';
import { gapWorkbook } from '../../shared/gaps/fixtures';
import { AT_TEXT, FORMULA_OWNER, hostileReport, MINUS_TEXT, PLUS_TEXT } from './hostile';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

type TableLike = {
  table: { name: string; tableRef?: string; ref?: string; columns: { name: string }[] };
};
const tables = (ws: ExcelJS.Worksheet) =>
  Object.values((ws as unknown as { tables: Record<string, TableLike> }).tables).map(
    (t) => t.table,
  );

describe('writeGapReportXlsx', () => {
  const report = buildGapReport([gapWorkbook()], { asOf: '2025-06-30' });

  it('writes the six sheets, each table a real Excel Table', async () => {
    const wb = await open(await writeGapReportXlsx(report));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Clauses',
      'Control gaps',
      'Roadmap',
      'Resources',
      'Findings',
      'Readiness',
      'Heat map',
    ]);
    const names = wb.worksheets.flatMap((w) => tables(w).map((t) => t.name));
    expect(names).toEqual(
      expect.arrayContaining([
        'tblSummary',
        'tblClauseMatrix',
        'tblControlGaps',
        'tblRoadmap',
        'tblByTheme',
        'tblByOwner',
        'tblTopRisks',
      ]),
    );
    const gaps = tables(wb.getWorksheet('Control gaps')!)[0];
    expect(gaps.columns.map((c) => c.name).slice(0, 7)).toEqual([
      'Control',
      'Title',
      'Theme',
      'Implementation Status',
      'Owner',
      'Linked Risks',
      'Worst Residual Rating',
    ]);
  });

  it('writes the clause matrix, gap register and roadmap values with status and band colours', async () => {
    const wb = await open(await writeGapReportXlsx(report));
    const clauses = wb.getWorksheet('Clauses')!;
    expect(clauses.getCell('A2').value).toBe('4.1');
    expect(clauses.getCell('D2').value).toBe('Partial');
    expect((clauses.getCell('D2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    expect(clauses.rowCount).toBe(31);
    const road = wb.getWorksheet('Roadmap')!;
    // Issue 13: the roadmap holds every work item (NCs, clause gaps), with linked risk ids.
    expect([2, 3, 4, 5].map((r) => road.getCell(`C${r}`).value)).toEqual([
      'A.5.15',
      'A.7.4',
      'IA-3',
      'Clause 4.1',
    ]);
    expect(road.getCell('I2').value).toBe('Critical');
    expect((road.getCell('I2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF5B5B');
    expect(road.getCell('J2').value).toBe('R-2');
    const gaps = wb.getWorksheet('Control gaps')!;
    expect(gaps.getCell('F2').value).toBe('R-2');
    expect(gaps.getCell('K5').value).toBe(4);
  });

  it('draws both heat maps as cells in band colours with risk counts', async () => {
    const ws = (await open(await writeGapReportXlsx(report))).getWorksheet('Heat map')!;
    expect(ws.getCell('A1').value).toBe('Inherent risk');
    // Row 2 is likelihood 5; column F is impact 5: R-2 (5×5 = 25, Critical).
    expect(ws.getCell('A2').value).toBe('5 Almost certain');
    expect(ws.getCell('F2').value).toBe(1);
    expect((ws.getCell('F2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF5B5B');
    expect((ws.getCell('B6').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF92D050');
    expect(ws.getCell('H1').value).toBe('Residual risk');
  });

  // Issue #11 item 8: such text also gets the OWASP apostrophe, so a copy saved as CSV stays inert.
  it('writes user text beginning with = + - @ as text, never as a formula', async () => {
    const bytes = await writeGapReportXlsx(hostileReport());
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((f) => f.startsWith('xl/worksheets/sheet'));
    for (const f of sheets) expect(strFromU8(files[f])).not.toContain('<f>');
    const wb = await open(bytes);
    const values = wb.worksheets.flatMap((ws) => {
      const out: ExcelJS.Cell[] = [];
      ws.eachRow((row) => row.eachCell((c) => void out.push(c)));
      return out;
    });
    // Issue 13: formula-like text is also neutralised with a leading apostrophe (cell-text.ts).
    for (const text of [FORMULA_OWNER, AT_TEXT, MINUS_TEXT, PLUS_TEXT]) {
      const cell = values.find((c) => c.value === `'${text}`);
      expect(cell, text).toBeDefined();
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
    }
  });
});
