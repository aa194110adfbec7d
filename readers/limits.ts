/**
 * What one workbook may cost to read, whatever its format (xlsx, CSV, or a JSON snapshot sent to
 * the API). Every budget counts what the file actually holds — cells written, rows written, bytes
 * of text — never what it declares (a table or dimension ref of A1:XFD1048576 costs nothing by
 * itself). Going over any of them is an XlsxReadError 'too_large' naming the file and the limit.
 */
export type ReadLimits = {
  /** Size of the file itself (default 50 MB). */
  readonly maxCompressedBytes: number;
  /** Sum of the declared uncompressed sizes of the parts read (default 500 MB): zip bombs. */
  readonly maxUncompressedBytes: number;
  /** Cells over all sheets read, empty `<c/>` elements and blank CSV fields included (5,000,000). */
  readonly maxCells: number;
  /** Rows over all sheets read, empty `<row/>` elements and blank CSV lines included (2,097,152). */
  readonly maxRows: number;
  /** Fields in one CSV record (16,384, Excel's column limit; xlsx cells past XFD are ignored). */
  readonly maxColumns: number;
  /** Uncompressed size of the shared-strings part (default 100 MB). */
  readonly maxSharedStringBytes: number;
  /** Bytes of XML in one `<row>` element (default 64 MB): a sheet that is one huge row. */
  readonly maxRowBytes: number;
  /**
   * Slots the tables of one workbook fill when read: for each table, its rows that hold a cell
   * times its width clipped to the columns present (default 20,000,000).
   */
  readonly maxTableCells: number;
  /**
   * Uncompressed size of each XML part read whole other than the shared strings (workbook.xml,
   * relationships, styles, tables; default 32 MB): a 400 MB styles part of empty `<xf/>` once
   * took 1.9 GB and 30 s of CPU. Sheets are streamed and bounded by the cell and row budgets.
   */
  readonly maxPartBytes: number;
  /** Worksheets listed in one workbook (default 10,000). */
  readonly maxSheets: number;
  /**
   * Characters of text over all the cells read, each cell charged its own string (default
   * 100,000,000): one 50 MB shared string used by 1,000 cells once cost the checks 72 s of CPU,
   * and 300 risk ids of 1 MB each 18 s (the checks normalise every id, about 60 ns a character).
   */
  readonly maxTextChars: number;
  /**
   * Characters in one cell (default 32,767, Excel's own limit: no file Excel wrote holds more).
   * 95 risk ids of 1 MB once made a 310 MB gap report and 1.7 GB of memory.
   */
  readonly maxCellChars: number;
  /**
   * Cells of more than LONG_CELL_CHARS characters in one workbook (default 256). V8 hashes a
   * longer string by its length alone, so the checks' maps of ids turn quadratic when many such
   * cells are alike: 3,000 risk ids of 32,700 characters took `isms validate` 45 s and
   * `gap-report` past two minutes. A few long cells (a pasted policy, a long justification) cost
   * nothing and are read whole.
   */
  readonly maxLongCells: number;
};

/** Above this many characters V8 no longer hashes a string's content (String::kMaxHashCalcLength). */
export const LONG_CELL_CHARS = 16_383;

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxCompressedBytes: 50 * MB,
  maxUncompressedBytes: 500 * MB,
  maxCells: 5_000_000,
  maxRows: 2_097_152,
  maxColumns: 16_384,
  maxSharedStringBytes: 100 * MB,
  maxRowBytes: 64 * MB,
  maxTableCells: 20_000_000,
  maxPartBytes: 32 * MB,
  maxSheets: 10_000,
  maxTextChars: 100_000_000,
  maxCellChars: 32_767,
  maxLongCells: 256,
};

/** `5000000` → `5,000,000`, for messages. */
export function count(n: number): string {
  return n.toLocaleString('en');
}

/** Bytes as whole MB, for messages. */
export function megabytes(n: number): string {
  return `${Math.round(n / MB)} MB`;
}

/**
 * What one `isms import` or POST /api/import converts (issue #11 item 5), over all the sheets of
 * the workbook. Reading is bounded by ReadLimits; converting costs several times more per cell
 * (mapping, the canonical tables with their formulas, the kept original sheets, the report), so
 * an import is checked against these on what was read, before any conversion starts. A 150,000-row
 * register of 13 columns imports in about 10 s of CPU and 460 MB (docs/bench.md); a canonical
 * workbook, copied through unchanged, is not held to them.
 */
export type ImportLimits = {
  /** Rows holding at least one value, headers and titles included (150,000). */
  readonly maxRows: number;
  /** Cells holding a value (2,000,000: 100,000 rows of 20 columns, 150,000 of 13). */
  readonly maxCells: number;
  /** Sheets converted (IMPORT_MAX_SHEETS when absent). */
  readonly maxSheets?: number;
};

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxRows: 150_000,
  maxCells: 2_000_000,
};

/**
 * Sheets one import converts at most: each is kept as an original beside the canonical tables,
 * and 10,000 one-cell sheets took 16–24 s of CPU to import (#11).
 */
export const IMPORT_MAX_SHEETS = 1_000;
