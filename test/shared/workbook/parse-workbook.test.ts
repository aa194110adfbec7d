import { describe, expect, it } from 'vitest';
import type { WorkbookSnapshot } from '../../../shared/grid/grid';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { isoDateToSerial } from '../../../shared/grid/cell';
import { canonicalSnapshot, cleanRisk, snapshotFromTables } from '../../support/snapshot';

/** The same snapshot with its TableRefs dropped, as a CSV or another tool's export would be. */
function withoutTables(s: WorkbookSnapshot): WorkbookSnapshot {
  return { ...s, tables: [] };
}

describe('parseWorkbook', () => {
  it('reads the default methodology back from the Methodology tables', () => {
    const { workbook, findings } = parseWorkbook(snapshotFromTables('m.xlsx', {}));
    expect(workbook.methodology).toEqual(DEFAULT_METHODOLOGY);
    expect(workbook.methodologySheet).toBe('Methodology');
    expect(findings).toEqual([]);
  });

  it('reads the methodology by header search when the tables are gone (side-by-side blocks)', () => {
    const { workbook } = parseWorkbook(withoutTables(snapshotFromTables('m.csv', {})));
    expect(workbook.methodology).toEqual(DEFAULT_METHODOLOGY);
  });

  it('reads a matrix methodology with its score matrix', () => {
    const matrix = [1, 2, 3, 4, 5].map((l) => [1, 2, 3, 4, 5].map((i) => l + i - 1));
    const m = { ...DEFAULT_METHODOLOGY, formula: 'matrix' as const, matrix };
    expect(
      parseWorkbook(snapshotFromTables('x', {}, { methodology: m })).workbook.methodology,
    ).toEqual(m);
  });

  it('maps a risk row into the model, keeping raw cells and splitting lists', () => {
    const s = snapshotFromTables('r.xlsx', {
      tblRisks: [
        cleanRisk('R-1', {
          'Asset IDs': 'A1, A2\nA3',
          'Annex A Controls': 'Control 7.1, 7.2 and 7.3',
          Likelihood: 'high',
        }),
      ],
    });
    const r = parseWorkbook(s).workbook.risks?.[0];
    expect(r?.id).toBe('R-1');
    expect(r?.assetIds).toEqual(['A1', 'A2', 'A3']);
    expect(r?.controls).toEqual(['Control 7.1', '7.2', '7.3']);
    expect(r?.likelihood).toBe('high');
    expect(r?.treatmentOption).toBe('modify');
    expect(r?.dueDate).toBe('2030-12-31');
    expect(r?.ref).toMatchObject({ sheet: 'Risks', row: 2 });
    expect(r?.ref.columns.likelihood).toBe('G');
  });

  it('reads dates written as text and skips blank rows', () => {
    const s = snapshotFromTables('r.xlsx', {
      tblRisks: [
        cleanRisk('R-1', { 'Due Date': '31/12/2025' }),
        {},
        cleanRisk('R-2', { 'Due Date': isoDateToSerial('2026-01-02') }),
      ],
    });
    const risks = parseWorkbook(s).workbook.risks ?? [];
    expect(risks.map((r) => [r.id, r.dueDate, r.ref.row])).toEqual([
      ['R-1', '2025-12-31', 2],
      ['R-2', '2026-01-02', 4],
    ]);
  });

  it('matches headers regardless of case and spacing on a table-less sheet', () => {
    const s: WorkbookSnapshot = {
      name: 'export.csv',
      tables: [],
      sheets: [
        {
          name: 'Risks',
          origin: { row: 1, col: 1 },
          rows: [
            ['risk id', 'THREAT', ' Risk  Owner ', 'likelihood', 'Impact', 'treatment'],
            ['R9', 'Fire', 'COO', 2, 2, 'accept'],
          ],
        },
      ],
    };
    const { workbook, findings } = parseWorkbook(s);
    expect(workbook.risks?.[0]).toMatchObject({
      id: 'R9',
      owner: 'COO',
      likelihood: 2,
      treatmentOption: 'retain',
    });
    expect(workbook.methodology).toBeNull();
    expect(findings).toEqual([]);
  });

  it('reads the SoA and normalises control ids', () => {
    const { workbook } = parseWorkbook(canonicalSnapshot('s.xlsx'));
    expect(workbook.soa).toHaveLength(93);
    expect(workbook.soa?.[14]).toMatchObject({
      idText: 'A.5.15',
      controlId: '5.15',
      applicable: true,
      status: 'Implemented',
    });
    expect(workbook.clauses).toHaveLength(30);
    expect(workbook.assets).toEqual([]);
  });

  it('reports a canonical table missing a required column, naming the table', () => {
    const cols = ['Risk ID', 'Threat', 'Risk Owner', 'Impact', 'Treatment'];
    const s = snapshotFromTables(
      'r.xlsx',
      { tblRisks: [{ 'Risk ID': 'R1' }] },
      { columns: { tblRisks: cols } },
    );
    const { findings } = parseWorkbook(s);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'WB-MISSING-COLUMN',
      severity: 'not-checked',
      sheet: 'Risks',
      cell: null,
      row: 1,
    });
    expect(findings[0].message).toContain('tblRisks');
    expect(findings[0].message).toContain('"Likelihood"');
  });

  it('reports unreadable methodology values at their cell', () => {
    const s = snapshotFromTables('m.xlsx', {
      tblMethod: [{ Setting: 'Score formula', Value: 'Magic' }],
    });
    const { findings, workbook } = parseWorkbook(s);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ['METH-INVALID', 'O2'],
      ['METH-INVALID', null],
    ]);
    expect(workbook.methodology?.acceptanceThreshold).toBe(25);
  });
});
