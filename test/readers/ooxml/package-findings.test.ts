/** Damaged packages are read with findings, never silently misbound or emptied (#11.7). */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared';
import { readXlsx } from '../../../readers/ooxml/read-xlsx';
import { handWorkbook, zipParts } from '../read-fixtures';
import { unzipSync } from 'fflate';

const ID_SHEET = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>R-1</t></is></c></row></sheetData>`;
const TABLE = `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="tblRisks" displayName="tblRisks" ref="A1:A2"><tableColumns count="1"><tableColumn id="1" name="ID"/></tableColumns></table>`;

function read(bytes: Uint8Array): { findings: Finding[]; snapshot: ReturnType<typeof readXlsx> } {
  const findings: Finding[] = [];
  const snapshot = readXlsx(bytes, { name: 'p.xlsx', onFinding: (f) => findings.push(f) });
  return { findings, snapshot };
}

/** The package without the parts whose paths match. */
function without(bytes: Uint8Array, drop: RegExp): Uint8Array {
  const parts = unzipSync(bytes);
  for (const k of Object.keys(parts)) if (drop.test(k)) delete parts[k];
  return zipParts(parts);
}

describe('package structure findings', () => {
  // Before: both sheets were "Risks" and the core bound tblRisks to the first one.
  it('renames a duplicate sheet so its table stays bound to its own cells', () => {
    const { snapshot, findings } = read(
      handWorkbook({
        sheets: [
          { name: 'Risks', body: '<sheetData/>' },
          { name: 'Risks', body: ID_SHEET, tables: [TABLE] },
        ],
      }),
    );
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Risks', 'Risks (2)']);
    expect(snapshot.tables[0].sheet).toBe('Risks (2)');
    expect(findings).toMatchObject([
      { rule: 'WB-DUPLICATE-SHEET', severity: 'not-checked', sheet: 'Risks (2)' },
    ]);
  });

  // Before: a missing sheet or table part silently became an empty sheet or no table.
  it('reports a missing sheet part and a missing table part', () => {
    const whole = handWorkbook({
      sheets: [
        { name: 'Data', body: '<sheetData/>' },
        { name: 'Risks', body: ID_SHEET, tables: [TABLE] },
      ],
    });
    const noSheet = read(without(whole, /^xl\/worksheets\/sheet1\.xml$/));
    expect(noSheet.findings).toMatchObject([{ rule: 'WB-MISSING-PART', sheet: 'Data' }]);
    expect(noSheet.findings[0].message).toContain('xl/worksheets/sheet1.xml');
    const noTable = read(without(whole, /^xl\/tables\//));
    expect(noTable.snapshot.tables).toEqual([]);
    expect(noTable.findings).toMatchObject([{ rule: 'WB-MISSING-PART', sheet: 'Risks' }]);
    expect(noTable.findings[0].message).toContain('table part xl/tables/table2_1.xml');
  });

  it('reports a sheet whose relationship id leads nowhere', () => {
    const parts = unzipSync(handWorkbook({ sheets: [{ name: 'Data', body: '<sheetData/>' }] }));
    const wb = new TextDecoder().decode(parts['xl/workbook.xml']);
    parts['xl/workbook.xml'] = new TextEncoder().encode(
      wb.replace('</sheets>', '<sheet name="Ghost" sheetId="9" r:id="rId99"/></sheets>'),
    );
    expect(read(zipParts(parts)).findings).toMatchObject([
      { rule: 'WB-MISSING-PART', sheet: 'Ghost' },
    ]);
  });
});
