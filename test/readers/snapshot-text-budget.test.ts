import { describe, expect, it } from 'vitest';
import { checkSnapshotBudget } from '../../readers/snapshot-checks';
import type { WorkbookSnapshot } from '../../shared';

const snapshot = (rows: string[][]): WorkbookSnapshot => ({
  name: 'body.json',
  sheets: [{ name: 'Risks', origin: { row: 1, col: 1 }, rows }],
  tables: [],
});

describe('checkSnapshotBudget holds a JSON workbook to the text limits of a file read', () => {
  it("a cell over 32,767 characters (Excel's limit) is refused, naming the workbook, sheet and cell", () => {
    expect(() => checkSnapshotBudget(snapshot([['ID'], ['R-1', 'x'.repeat(32_768)]]))).toThrow(
      'body.json: too large to read safely; sheet "Risks" cell B2 holds more than 32,767 characters',
    );
  });

  it('a few long cells are read whole; past 256 cells over 16,383 characters it is refused', () => {
    const long = (n: number) => Array.from({ length: n }, (_, i) => [`R-${i}`, 'x'.repeat(20_000)]);
    expect(() => checkSnapshotBudget(snapshot([['ID', 'Notes'], ...long(256)]))).not.toThrow();
    expect(() => checkSnapshotBudget(snapshot([['ID', 'Notes'], ...long(257)]))).toThrow(
      'more than 256 cells hold over 16,383 characters each (the last counted is sheet "Risks" cell B258)',
    );
  });

  it('text over the workbook budget is refused; within it, the snapshot passes', () => {
    const rows = Array.from({ length: 10 }, () => ['y'.repeat(1000)]);
    expect(() => checkSnapshotBudget(snapshot(rows), { maxTextChars: 9_999 })).toThrow(
      'its cells hold more than 9,999 characters of text',
    );
    expect(() => checkSnapshotBudget(snapshot(rows), { maxTextChars: 10_000 })).not.toThrow();
  });
});
