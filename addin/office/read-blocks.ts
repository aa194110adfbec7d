/**
 * Pure planning of `Range.values` reads under Excel on the web's 5 MB request/response cap: each
 * table is read in blocks of at most 10,000 rows, and blocks are grouped into requests (one
 * `context.sync()` each) of at most ~100,000 cells (a few MB of JSON even with long text).
 */
export const MAX_BLOCK_ROWS = 10_000;
export const CELL_BUDGET = 100_000;

export type TableExtent = {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
};
export type ReadBlock = {
  readonly table: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
};

/** Splits every table into row blocks (0-based indexes as `getRangeByIndexes` takes them). */
export function planBlocks(tables: readonly TableExtent[], budget = CELL_BUDGET): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  tables.forEach((t, table) => {
    const rowsPerBlock = Math.max(
      1,
      Math.min(MAX_BLOCK_ROWS, Math.floor(budget / Math.max(1, t.columnCount))),
    );
    for (let r = 0; r < t.rowCount; r += rowsPerBlock) {
      const rowCount = Math.min(rowsPerBlock, t.rowCount - r);
      blocks.push({
        table,
        rowIndex: t.rowIndex + r,
        columnIndex: t.columnIndex,
        rowCount,
        columnCount: t.columnCount,
      });
    }
  });
  return blocks;
}

/** Groups blocks into requests whose cell count stays within the budget (small tables share one). */
export function groupRequests(blocks: readonly ReadBlock[], budget = CELL_BUDGET): ReadBlock[][] {
  const requests: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let cells = 0;
  for (const b of blocks) {
    const size = b.rowCount * b.columnCount;
    if (current.length > 0 && cells + size > budget) {
      requests.push(current);
      current = [];
      cells = 0;
    }
    current.push(b);
    cells += size;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
