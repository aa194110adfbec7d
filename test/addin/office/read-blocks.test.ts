import { describe, expect, it } from 'vitest';
import {
  CELL_BUDGET,
  groupRequests,
  MAX_BLOCK_ROWS,
  planBlocks,
} from '../../../addin/office/read-blocks';

describe('planBlocks', () => {
  it('keeps a small table in one block', () => {
    expect(planBlocks([{ rowIndex: 0, columnIndex: 2, rowCount: 50, columnCount: 24 }])).toEqual([
      { table: 0, rowIndex: 0, columnIndex: 2, rowCount: 50, columnCount: 24 },
    ]);
  });

  it('splits rows so that no block exceeds 10,000 rows or the cell budget', () => {
    const blocks = planBlocks([{ rowIndex: 0, columnIndex: 0, rowCount: 25_000, columnCount: 2 }]);
    expect(blocks.map((b) => b.rowCount)).toEqual([10_000, 10_000, 5_000]);
    const wide = planBlocks([{ rowIndex: 4, columnIndex: 0, rowCount: 9_000, columnCount: 24 }]);
    for (const b of wide) expect(b.rowCount * b.columnCount).toBeLessThanOrEqual(CELL_BUDGET);
    expect(wide[1].rowIndex).toBe(4 + wide[0].rowCount);
    expect(wide.reduce((n, b) => n + b.rowCount, 0)).toBe(9_000);
    expect(Math.max(...blocks.map((b) => b.rowCount))).toBeLessThanOrEqual(MAX_BLOCK_ROWS);
  });
});

describe('groupRequests', () => {
  it('groups small blocks into one request and starts a new one at the budget', () => {
    const blocks = planBlocks([
      { rowIndex: 0, columnIndex: 0, rowCount: 100, columnCount: 10 },
      { rowIndex: 0, columnIndex: 0, rowCount: 100, columnCount: 10 },
      { rowIndex: 0, columnIndex: 0, rowCount: 10_000, columnCount: 10 },
    ]);
    expect(groupRequests(blocks).map((r) => r.length)).toEqual([2, 1]);
    expect(groupRequests([])).toEqual([]);
  });
});
