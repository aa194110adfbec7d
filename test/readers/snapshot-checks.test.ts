/** Budgets and structural findings for a workbook that arrives already read (JSON bodies). */
import { describe, expect, it } from 'vitest';
import { checkSnapshotBudget, snapshotFindings } from '../../readers';
import type { Cell, WorkbookSnapshot } from '../../shared';

function wb(rows: Cell[][], ref = 'A1:XFD1048576'): WorkbookSnapshot {
  return {
    name: 'body.json',
    sheets: [{ name: 'Risks', origin: { row: 1, col: 1 }, rows }],
    tables: [{ name: 'tblRisks', sheet: 'Risks', ref, hasHeaderRow: true, columns: ['ID'] }],
  };
}

const oneCellRows = (n: number): Cell[][] => Array.from({ length: n }, (_, i) => [`R-${i}`]);

describe('checkSnapshotBudget', () => {
  it('accepts a full-sheet ref over one-cell rows: clipped to the column present', () => {
    expect(() => checkSnapshotBudget(wb([['ID'], ...oneCellRows(40_000)]))).not.toThrow();
  });

  it('refuses tables whose rows present times the columns present exceed maxTableCells', () => {
    const wide: Cell[] = new Array<Cell>(16_384).fill(null);
    wide[0] = 'ID';
    wide[16_383] = 1;
    expect(() => checkSnapshotBudget(wb([wide, ...oneCellRows(2_000)]))).toThrow(
      /body\.json: too large to read safely; its tables \(up to "tblRisks", ref A1:XFD1048576\) span more than 20,000,000 cells/,
    );
  });

  it('counts null cells and rows like the file readers do', () => {
    const rows: Cell[][] = [
      [null, null],
      [null, null],
    ];
    expect(() => checkSnapshotBudget(wb(rows), { maxCells: 3 })).toThrow('more than 3 cells');
    expect(() => checkSnapshotBudget(wb(rows), { maxRows: 1 })).toThrow('more than 1 rows');
  });
});

describe('snapshotFindings', () => {
  it('reports duplicate sheet names and tables on sheets the workbook does not have', () => {
    const snap: WorkbookSnapshot = {
      name: 'b.json',
      sheets: [
        { name: 'Risks', origin: { row: 1, col: 1 }, rows: [] },
        { name: 'RISKS', origin: { row: 1, col: 1 }, rows: [] },
      ],
      tables: [{ name: 'tblSoA', sheet: 'SoA', ref: 'A1:B2', hasHeaderRow: true, columns: [] }],
    };
    const f = snapshotFindings(snap);
    expect(f.map((x) => [x.rule, x.sheet])).toEqual([
      ['WB-DUPLICATE-SHEET', 'RISKS'],
      ['WB-MISSING-PART', 'SoA'],
    ]);
    expect(f[1].message).toContain('Table "tblSoA" is on sheet "SoA"');
  });
});
