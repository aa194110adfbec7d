import { describe, expect, it } from 'vitest';
import {
  clearMarks,
  isMarkFormula,
  markFindings,
  markFormula,
} from '../../../addin/office/marks.office';
import type { Finding } from '../../../shared/validation/finding';
import { fakeExcel } from './fake-excel';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'RR-REQUIRED',
  severity: 'minor',
  workbook: 'w',
  sheet: 'Risks',
  cell: 'F2',
  row: 2,
  message: 'm',
  ...over,
});

describe('markFindings', () => {
  it('adds one owned conditional format per offending cell, coloured by its worst severity', async () => {
    const x = fakeExcel({ sheets: ['Risks', 'SoA'] });
    const n = await markFindings(
      x.ctx,
      [
        finding({ cell: 'F2' }),
        finding({ cell: 'F2', severity: 'major' }),
        finding({ cell: 'G3', severity: 'observation' }),
        finding({ sheet: null, cell: null }),
      ],
      ['Risks'],
    );
    expect(n).toBe(2);
    const ours = x.cfs.filter((c) => !c.deleted);
    expect(ours.map((c) => [c.address, c.formula])).toEqual([
      ['F2', markFormula('major')],
      ['G3', markFormula('observation')],
    ]);
    expect(x.writes.every((w) => w.kind === 'cf' && w.sheet === 'Risks')).toBe(true);
  });
});

describe('clearMarks', () => {
  it('deletes only the add-in’s marks and leaves the user’s conditional formats', async () => {
    const x = fakeExcel({
      sheets: ['Risks'],
      cfs: [
        { sheet: 'Risks', address: 'B2', type: 'Custom', formula: markFormula('minor') },
        { sheet: 'Risks', address: 'C2', type: 'Custom', formula: '=C2>10' },
        { sheet: 'Risks', address: 'D2', type: 'CellValue', formula: '' },
      ],
    });
    expect(await clearMarks(x.ctx, ['Risks', 'NoSuchSheet'])).toBe(1);
    expect(x.cfs.map((c) => Boolean(c.deleted))).toEqual([true, false, false]);
  });

  it('recognises its marker and nothing else', () => {
    expect(isMarkFormula(markFormula('major'))).toBe(true);
    expect(isMarkFormula('=N("other")=0')).toBe(false);
  });
});
