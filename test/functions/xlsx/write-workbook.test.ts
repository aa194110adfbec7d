import { beforeAll, describe, expect, it } from 'vitest';
import type * as ExcelJS from 'exceljs';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { computeScore } from '../../../shared/risk/score-risk';
import { riskFormulas } from '../../../shared/workbook/formulas';
import { ALL_TABLES, RISKS, SOA } from '../../../shared/workbook/canonical';
import { isoDateToSerial } from '../../../shared/grid/cell';
import type { Methodology } from '../../../shared/model/types';
import type { Cell } from '../../../shared/grid/grid';
import { readXlsx } from '../../../readers';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { validateWorkbook } from '../../../shared/validation/validate-workbook';
import { reopen, sheetParts, tableModel, tableParts, xmlParts } from './write-support';

const SHEETS = [
  'About',
  'Methodology',
  'Assets',
  'Risks',
  'SoA',
  'Clauses',
  'Documents',
  'Objectives',
  'Reviews',
  'Certification',
  'Findings',
];

const RISK_ROWS: Record<string, Cell>[] = [
  {
    'Risk ID': 'R-1',
    Threat: '=HYPERLINK("http://x","y")',
    Likelihood: 4,
    Impact: 4,
    'Residual Likelihood': 2,
    'Residual Impact': 3,
    'Due Date': '2025-03-31',
  },
  {
    'Risk ID': 'R-2',
    Threat: '+1',
    Vulnerability: '-2',
    Description: '@SUM(A1)',
    Likelihood: '2',
    Impact: 5,
  },
  {
    'Risk ID': 'R-3',
    Likelihood: 'high',
    Impact: 3,
    'Residual Likelihood': 7,
    'Residual Impact': 1,
  },
];

function values(ws: ExcelJS.Worksheet, col: number, from: number, to: number): unknown[] {
  const out: unknown[] = [];
  for (let r = from; r <= to; r++) out.push(ws.getCell(r, col).value);
  return out;
}

describe('writeCanonicalWorkbook', () => {
  let template: Uint8Array;
  let wb: ExcelJS.Workbook;
  let filled: Uint8Array;
  let fwb: ExcelJS.Workbook;

  beforeAll(async () => {
    template = await writeCanonicalWorkbook();
    wb = await reopen(template);
    filled = await writeCanonicalWorkbook({
      rows: {
        tblRisks: RISK_ROWS,
        tblAssets: [{ 'Asset ID': 'A1', 'Asset Name': 'File server', 'Legacy Ref': 'X-9' }],
      },
      extraSheets: [
        {
          name: 'Risks',
          rows: [
            ['Original register', null],
            ['=1+1', 2],
          ],
          merges: ['A1:B1'],
        },
      ],
    });
    fwb = await reopen(filled);
  });

  it('writes the canonical sheets in order, then the extra sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expect(fwb.worksheets.map((w) => w.name)).toEqual([...SHEETS, 'Risks (2)']);
  });

  it('writes every canonical table as an Excel table on its sheet, headers equal to the column names', () => {
    for (const def of [...ALL_TABLES, { sheet: 'Methodology', table: 'tblMatrix', columns: [] }]) {
      const ws = wb.getWorksheet(def.sheet)!;
      const t = tableModel(ws, def.table);
      const [start] = t.tableRef.split(':');
      const row = Number(/\d+/.exec(start)![0]);
      const headers = t.columns.map(
        (c, i) => ws.getCell(row, ws.getCell(start).fullAddress.col + i).value,
      );
      expect(headers).toEqual(t.columns.map((c) => c.name));
      if (def.columns.length)
        expect(t.columns.map((c) => c.name)).toEqual(def.columns.map((c) => c.header));
    }
    expect(Object.keys(tableParts(template)).sort()).toEqual(
      [...ALL_TABLES.map((d) => d.table), 'tblMatrix'].sort(),
    );
  });

  it('declares tables without a totals row, as Excel does', () => {
    for (const xml of Object.values(tableParts(template))) {
      expect(xml).toContain('totalsRowShown="0"');
      expect(xml).not.toMatch(/totalsRow(Label|Function)=/);
    }
  });

  it('prefills the SoA with the 93 controls as an auditor cites them, A.8.2 and A.8.20 apart', () => {
    const ws = wb.getWorksheet('SoA')!;
    expect(tableModel(ws, 'tblSoA').tableRef).toBe('A1:K94');
    const ids = values(ws, 1, 2, 94);
    expect(ids).toHaveLength(93);
    expect(ids.every((v) => typeof v === 'string')).toBe(true);
    expect(ids).toContain('A.8.2');
    expect(ids).toContain('A.8.20');
    expect(ws.getCell('A16').value).toBe('A.5.15');
    expect(ws.getCell('B16').value).toBe('Access control');
    expect(ws.getCell('C2').value).toBe('Organizational');
  });

  it('prefills Clauses with the 30 assessable clauses, each Not assessed', () => {
    const ws = wb.getWorksheet('Clauses')!;
    expect(tableModel(ws, 'tblClauses').tableRef).toBe('A1:F31');
    expect(ws.getCell('A2').value).toBe('4.1');
    expect(ws.getCell('A31').value).toBe('10.2');
    expect(values(ws, 3, 2, 31).every((v) => v === 'Not assessed')).toBe(true);
  });

  it('prefills Documents with the mandatory documented information, one blank row elsewhere', () => {
    const ws = wb.getWorksheet('Documents')!;
    expect(tableModel(ws, 'tblDocuments').tableRef).toBe('A1:J16');
    expect([1, 2, 3, 4].map((c) => ws.getCell(2, c).value)).toEqual([
      'DOC-01',
      'Scope of the ISMS',
      '4.3',
      'Document',
    ]);
    expect(ws.getCell('D8').value).toBe('Record');
    expect(tableModel(wb.getWorksheet('Objectives')!, 'tblObjectives').tableRef).toBe('A1:H2');
    expect(tableModel(wb.getWorksheet('Reviews')!, 'tblReviews').tableRef).toBe('A1:G2');
    expect(tableModel(wb.getWorksheet('Certification')!, 'tblCertification').tableRef).toBe(
      'A1:G2',
    );
  });

  it('writes one blank data row when a table has no rows', () => {
    expect(tableModel(wb.getWorksheet('Findings')!, 'tblFindings').tableRef).toBe('A1:L2');
    expect(tableModel(wb.getWorksheet('Risks')!, 'tblRisks').tableRef).toBe('A1:X2');
    expect(wb.getWorksheet('Risks')!.getCell('I2').formula).toBe(
      riskFormulas(DEFAULT_METHODOLOGY).inherentScore,
    );
  });

  it('writes the formulas on every risk row with the core results cached', () => {
    const ws = fwb.getWorksheet('Risks')!;
    const f = riskFormulas(DEFAULT_METHODOLOGY);
    for (let r = 2; r <= 4; r++) {
      expect(ws.getCell(r, 9).formula).toBe(f.inherentScore);
      expect(ws.getCell(r, 10).formula).toBe(f.inherentRating);
      expect(ws.getCell(r, 20).formula).toBe(f.residualScore);
      expect(ws.getCell(r, 21).formula).toBe(f.residualRating);
    }
    expect(ws.getCell('I2').result).toBe(computeScore(DEFAULT_METHODOLOGY, 4, 4));
    expect(ws.getCell('J2').result).toBe('Critical');
    expect(ws.getCell('T2').result).toBe(6);
    expect(ws.getCell('U2').result).toBe('Medium');
    // numeric text in a number column becomes a number, and is scored
    expect(ws.getCell('G3').value).toBe(2);
    expect(ws.getCell('I3').result).toBe(10);
    // text and off-scale levels score blank, as computeScore gives null
    expect(ws.getCell('I4').result ?? '').toBe('');
    expect(ws.getCell('T4').result ?? '').toBe('');
  });

  it('declares the four formula columns as calculated columns of tblRisks', () => {
    const xml = tableParts(filled).tblRisks;
    const calc = [...xml.matchAll(/name="([^"]+)"><calculatedColumnFormula>/g)].map((m) => m[1]);
    expect(calc).toEqual([
      'Inherent Score',
      'Inherent Rating',
      'Residual Score',
      'Residual Rating',
    ]);
    expect(xml).toContain(
      'tblRatings[Min Score],1)),&quot;&quot;),&quot;&quot;))</calculatedColumnFormula>',
    );
  });

  it('limits list validations to the table rows plus spare rows, never whole columns', () => {
    const xml = sheetParts(template).Risks;
    const dvs = [
      ...xml.matchAll(
        /<dataValidation\b[^>]*sqref="([^"]+)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g,
      ),
    ];
    const byRef = Object.fromEntries(dvs.map((m) => [m[1], m[2]]));
    expect(byRef['L2:L202']).toBe('&quot;Modify,Retain,Avoid,Share&quot;');
    expect(byRef['Q2:Q202']).toBe('&quot;Open,In treatment,Treated,Accepted,Closed&quot;');
    expect(byRef['G2:G202']).toBe('&apos;Methodology&apos;!$A$11:$A$15');
    expect(byRef['S2:S202']).toBe('&apos;Methodology&apos;!$A$19:$A$23');
    for (const [name, sheet] of Object.entries(sheetParts(template))) {
      for (const m of sheet.matchAll(/sqref="([^"]+)"/g)) {
        expect(m[1], `${name} ${m[1]}`).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
        expect(Number(/\d+$/.exec(m[1])![0]), `${name} ${m[1]}`).toBeLessThan(1000);
      }
    }
    expect(sheetParts(template).SoA).toMatch(
      /sqref="F2:F294"><formula1>&quot;Implemented,Partially implemented,Planned,Not implemented&quot;/,
    );
  });

  it('colours rating and score cells in the band colours', () => {
    const ws = wb.getWorksheet('Risks')!;
    const cfs = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[];
        }[];
      }
    ).conditionalFormattings;
    expect(cfs.map((c) => c.ref)).toEqual(['I2:J202', 'T2:U202']);
    expect(cfs[0].rules.map((r) => r.formulae[0])).toEqual([
      '$J2="Low"',
      '$J2="Medium"',
      '$J2="High"',
      '$J2="Critical"',
    ]);
    expect(cfs[1].rules[3].style.fill.bgColor.argb).toBe('FFFF5B5B');
    const priorities = sheetParts(template).Risks.match(/priority="\d+"/g);
    expect(new Set(priorities).size).toBe(priorities!.length);
  });

  it('freezes the header row (and the id column) on every data sheet', () => {
    for (const name of SHEETS.slice(2)) {
      expect(wb.getWorksheet(name)!.views[0]).toMatchObject({
        state: 'frozen',
        ySplit: 1,
        xSplit: 1,
      });
    }
  });

  it('writes text that starts with = + - @ as text, never as a formula', () => {
    const ws = fwb.getWorksheet('Risks')!;
    const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(xmlParts(filled)['xl/styles.xml'])![1];
    const quoted = [...xfs.matchAll(/<xf [^>]*>/g)].map((m) => m[0].includes('quotePrefix="1"'));
    const styleOf = (sheet: string, addr: string) =>
      Number(
        new RegExp(`<c r="${addr}"(?: s="(\\d+)")?`).exec(sheetParts(filled)[sheet])?.[1] ?? 0,
      );
    for (const [addr, text] of [
      ['C2', '=HYPERLINK("http://x","y")'],
      ['C3', '+1'],
      ['D3', '-2'],
      ['E3', '@SUM(A1)'],
    ]) {
      // Issue #11 item 8: the user's text is kept as written, as a string with Excel's quote
      // prefix, so it stays text when edited or saved as CSV.
      expect(ws.getCell(addr).value).toBe(text);
      expect(ws.getCell(addr).formula).toBeUndefined();
      expect(quoted[styleOf('Risks', addr)], addr).toBe(true);
    }
    expect(fwb.getWorksheet('Risks (2)')!.getCell('A2').value).toBe('=1+1');
    expect(quoted[styleOf('Risks (2)', 'A2')]).toBe(true);
    // Four calculated columns on three rows (a shared formula's cells each carry an `<f …/>`).
    const formulas =
      Object.values(sheetParts(filled))
        .join('')
        .match(/<f[ >]/g) ?? [];
    expect(formulas).toHaveLength(3 * 4);
  });

  it('writes dates as date serials with an ISO date format', () => {
    const ws = fwb.getWorksheet('Risks')!;
    expect(ws.getCell('P2').value).toEqual(new Date('2025-03-31T00:00:00Z'));
    expect(ws.getCell('P2').numFmt).toBe('yyyy-mm-dd');
    expect(sheetParts(filled).Risks).toContain(`<v>${isoDateToSerial('2025-03-31')}</v>`);
  });

  it('styles headers, widths, wrapping and text ids', () => {
    const ws = wb.getWorksheet('Risks')!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(ws.getColumn(5).width).toBe(RISKS.columns[4].width);
    expect(ws.getCell('E2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(wb.getWorksheet('SoA')!.getColumn(1).numFmt).toBe('@');
    expect(wb.getWorksheet('SoA')!.getColumn(2).width).toBe(SOA.columns[1].width);
  });

  it('keeps columns the canonical table lacks as extra table columns', () => {
    const t = tableModel(fwb.getWorksheet('Assets')!, 'tblAssets');
    expect(t.columns.map((c) => c.name).at(-1)).toBe('Legacy Ref');
    expect(fwb.getWorksheet('Assets')!.getCell('J2').value).toBe('X-9');
  });

  it('appends extra sheets with their values and merges, renaming a clash', () => {
    const ws = fwb.getWorksheet('Risks (2)')!;
    expect(ws.getCell('A1').value).toBe('Original register');
    expect(ws.getCell('B2').value).toBe(2);
    expect(ws.getCell('B1').isMerged).toBe(true);
  });
});

describe('writeCanonicalWorkbook with a non-default methodology', () => {
  const m: Methodology = {
    ...DEFAULT_METHODOLOGY,
    likelihood: DEFAULT_METHODOLOGY.likelihood.slice(0, 3),
    impact: DEFAULT_METHODOLOGY.impact.slice(0, 4),
    formula: 'matrix',
    matrix: [
      [1, 2, 3, 5],
      [2, 4, 6, 9],
      [3, 6, 9, 12],
    ],
    bands: [
      { name: 'High', min: 7, max: 12, color: '#C00000' },
      { name: 'Low', min: 1, max: 3, color: '#92D050' },
      { name: 'Medium', min: 4, max: 6, color: '#FFEB84' },
    ],
  };

  it('fills tblMatrix from the matrix, sorts bands ascending and sets the score formula', async () => {
    const bytes = await writeCanonicalWorkbook({ methodology: m });
    const ws = (await reopen(bytes)).getWorksheet('Methodology')!;
    const matrix = tableModel(ws, 'tblMatrix');
    expect(matrix.columns.map((c) => c.name)).toEqual(['Likelihood', 'I1', 'I2', 'I3', 'I4']);
    const [first] = matrix.tableRef.split(':');
    const top = Number(/\d+/.exec(first)![0]);
    expect([1, 2, 3, 4, 5].map((c) => ws.getCell(top + 2, 4 + c).value)).toEqual([2, 2, 4, 6, 9]);
    const ratings = tableModel(ws, 'tblRatings');
    const rTop = Number(/\d+/.exec(ratings.tableRef)![0]);
    expect([1, 2, 3].map((i) => ws.getCell(rTop + i, 5).value)).toEqual(['Low', 'Medium', 'High']);
    expect(ws.getCell('B6').value).toBe('Matrix');
    expect(riskFormulas(m).inherentScore).toContain('tblMatrix[[I1]:[I4]]');
  });

  it('fills tblMatrix with the product values for a product method', async () => {
    const bytes = await writeCanonicalWorkbook({
      methodology: { ...m, formula: 'product', matrix: null },
    });
    const ws = (await reopen(bytes)).getWorksheet('Methodology')!;
    const top = Number(/\d+/.exec(tableModel(ws, 'tblMatrix').tableRef)![0]);
    expect([1, 2, 3, 4].map((c) => ws.getCell(top + 3, 5 + c).value)).toEqual([3, 6, 9, 12]);
  });
});

describe('writeCanonicalWorkbook prefill', () => {
  it('appends the controls the given SoA rows lack when prefill is true', async () => {
    const rows = {
      tblSoA: [
        { 'Control ID': 'A.5.1', Applicable: 'Yes' },
        { 'Control ID': '8.20', Applicable: 'No' },
      ],
    };
    const ws = (await reopen(await writeCanonicalWorkbook({ rows, prefill: true }))).getWorksheet(
      'SoA',
    )!;
    expect(tableModel(ws, 'tblSoA').tableRef).toBe('A1:K94');
    expect(values(ws, 1, 2, 4)).toEqual(['A.5.1', '8.20', 'A.5.2']);
  });

  it('writes only the given rows when prefill is not asked for', async () => {
    const rows = { tblSoA: [{ 'Control ID': '5.1' }] };
    const ws = (await reopen(await writeCanonicalWorkbook({ rows }))).getWorksheet('SoA')!;
    expect(tableModel(ws, 'tblSoA').tableRef).toBe('A1:K2');
  });

  it('writes a blank SoA row when prefill is false and no rows are given', async () => {
    const ws = (await reopen(await writeCanonicalWorkbook({ prefill: false }))).getWorksheet(
      'Clauses',
    )!;
    expect(tableModel(ws, 'tblClauses').tableRef).toBe('A1:F2');
  });

  it('rejects rows for a table that is not a data table of the workbook', async () => {
    await expect(writeCanonicalWorkbook({ rows: { tblLikelihood: [] } })).rejects.toThrow(
      /no data table tblLikelihood/,
    );
  });
});

describe('writeCanonicalWorkbook read back by the xlsx reader and the core', () => {
  const m: Methodology = {
    ...DEFAULT_METHODOLOGY,
    likelihood: DEFAULT_METHODOLOGY.likelihood.slice(0, 4),
    impact: DEFAULT_METHODOLOGY.impact.slice(0, 3),
    formula: 'matrix',
    matrix: [
      [1, 2, 4],
      [2, 4, 6],
      [3, 6, 9],
      [4, 8, 12],
    ],
    bands: [
      { name: 'Low', min: 1, max: 3, color: '#92D050' },
      { name: 'Medium', min: 4, max: 7, color: '#FFEB84' },
      { name: 'High', min: 8, max: 12, color: '#FFC000' },
    ],
    acceptanceThreshold: 6,
  };

  it('yields the same methodology and cached scores the core agrees with', async () => {
    const rows = {
      tblRisks: [
        {
          'Risk ID': 'R-1',
          Likelihood: 4,
          Impact: 3,
          'Residual Likelihood': 1,
          'Residual Impact': 2,
        },
      ],
    };
    const snapshot = readXlsx(await writeCanonicalWorkbook({ methodology: m, rows }), {
      name: 'book.xlsx',
    });
    const { workbook, findings } = parseWorkbook(snapshot);
    expect(findings.filter((f) => f.severity === 'major')).toEqual([]);
    expect(workbook.methodology).toEqual(m);
    expect(workbook.risks?.[0]).toMatchObject({
      inherentScore: 12,
      inherentRating: 'High',
      residualScore: 2,
      residualRating: 'Low',
    });
    expect(workbook.soa).toHaveLength(93);
    expect(workbook.clauses).toHaveLength(30);
    const rules = validateWorkbook(workbook, { asOf: '2025-01-01' }).map((f) => f.rule);
    expect(rules.filter((r) => r === 'RR-SCORE-MISMATCH' || r.startsWith('METH-'))).toEqual([]);
  });
});
