/**
 * The JSON body is held to the readers' budgets like an upload (#11.1): "the same through a
 * 429 KB JSON body" — a table ref of A1:XFD1048576 over 40,000 one-cell rows once exhausted the
 * heap; now it is read clipped to its one column, and a body whose cells really span the width
 * is refused with a 413 naming the workbook.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, WorkbookSnapshot } from '../../../shared';
import { expectProblem, postJson, testApp } from '../routes/route-support';

function body(firstRow: Cell[], rows = 40_000): { workbooks: WorkbookSnapshot[] } {
  const data: Cell[][] = [firstRow, ...Array.from({ length: rows }, (_, i) => [`R-${i + 1}`])];
  return {
    workbooks: [
      {
        name: 'risks.xlsx',
        sheets: [{ name: 'Risks', origin: { row: 1, col: 1 }, rows: data }],
        tables: [
          {
            name: 'tblRisks',
            sheet: 'Risks',
            ref: 'A1:XFD1048576',
            hasHeaderRow: true,
            columns: ['ID'],
          },
        ],
      },
    ],
  };
}

describe('JSON bodies under the readers budgets', () => {
  it('reads a full-sheet table ref over 40,000 one-cell rows, clipped to the column present', async () => {
    const res = await postJson(testApp(), '/api/check', body(['ID']));
    expect(res.status).toBe(200);
  });

  it('answers 413 naming the workbook when the cells present really span the sheet', async () => {
    const wide: Cell[] = new Array<Cell>(16_384).fill(null);
    wide[0] = 'ID';
    wide[16_383] = 'far';
    const p = await expectProblem(
      await postJson(testApp(), '/api/check', body(wide)),
      413,
      'payload-too-large',
    );
    expect(p.detail).toMatch(
      /^risks\.xlsx: too large to read safely; its tables .* more than 20,000,000 cells/,
    );
    expect(p.errors[0]).toMatchObject({ file: 'risks.xlsx', reason: 'too_large' });
  });

  it('reports duplicate sheet names and tables on missing sheets as findings', async () => {
    const one = body(['ID'], 2).workbooks[0];
    const b = {
      workbooks: [
        {
          ...one,
          sheets: [...one.sheets, { name: 'risks', origin: { row: 1, col: 1 }, rows: [] }],
          tables: [
            ...one.tables,
            { name: 'tblSoA', sheet: 'SoA', ref: 'A1:B2', hasHeaderRow: true, columns: [] },
          ],
        },
      ],
    };
    const res = await postJson(testApp(), '/api/check', b);
    const json = (await res.json()) as { findings: { rule: string }[] };
    const rules = json.findings.map((f) => f.rule);
    expect(rules).toContain('WB-DUPLICATE-SHEET');
    expect(rules).toContain('WB-MISSING-PART');
  });
});
