/**
 * The running budget of one read: every reader charges what it meets (cells, rows) as it meets
 * it, so an over-budget file stops early instead of after it has been allocated. The error names
 * the file and the limit, in one line.
 */
import { readError, type XlsxReadError } from './errors';
import { count, LONG_CELL_CHARS, megabytes, type ReadLimits } from './limits';

export type BudgetKind =
  'cells' | 'rows' | 'slots' | 'rowBytes' | 'text' | 'utf16Part' | 'cellText' | 'longCells';

/** `at` names the cell for 'cellText' and 'longCells' (`sheet "Risks" cell D5`). */
export function overBudgetError(
  file: string,
  limits: ReadLimits,
  kind: BudgetKind,
  at = 'a cell',
): XlsxReadError {
  if (kind === 'cellText') {
    const max = count(limits.maxCellChars);
    return readError(
      'too_large',
      file,
      `${at} holds more than ${max} characters; shorten it (or split it over several cells)`,
    );
  }
  if (kind === 'longCells') {
    const many = count(limits.maxLongCells);
    return readError(
      'too_large',
      file,
      `more than ${many} cells hold over ${count(LONG_CELL_CHARS)} characters each (the ` +
        `${many === '0' ? 'first' : 'last counted'} is ${at}); split long text over several cells`,
    );
  }
  const what =
    kind === 'cells'
      ? `more than ${count(limits.maxCells)} cells`
      : kind === 'rows'
        ? `more than ${count(limits.maxRows)} rows`
        : kind === 'rowBytes'
          ? `one row holds more than ${megabytes(limits.maxRowBytes)} of XML`
          : kind === 'utf16Part'
            ? `a UTF-16 sheet part is over ${megabytes(limits.maxPartBytes)} (Excel writes UTF-8: open and save the file in Excel)`
            : kind === 'text'
              ? `its cells hold more than ${count(limits.maxTextChars)} characters of text`
              : `its rows spread over more than ${count(limits.maxCells * 4)} cell slots`;
  return readError('too_large', file, what);
}

/** The long-cell allowance still open in one read (ReadLimits.maxLongCells; none when absent). */
export type LongCellAllowance = { longLeft?: number };

/**
 * The limit a cell's text of `length` characters breaks, if any: over `maxCellChars` it is
 * 'cellText'; over LONG_CELL_CHARS it takes one from the allowance, and 'longCells' once that is
 * spent. Shared by every reader (xlsx scan, CSV, JSON bodies), so they refuse alike.
 */
export function cellTextOver(
  length: number,
  maxCellChars: number,
  allowance: LongCellAllowance,
): 'cellText' | 'longCells' | null {
  if (length <= LONG_CELL_CHARS) return null;
  if (length > maxCellChars) return 'cellText';
  if (allowance.longLeft !== undefined && --allowance.longLeft < 0) return 'longCells';
  return null;
}

export type ReadBudget = {
  /** `n` more cells (empty ones too). */
  cells(n: number): void;
  /** One more row (empty ones too). */
  row(): void;
  /** A cell's text of `length` characters: the one-cell limit and the long-cell allowance. */
  cellText(length: number, at: () => string): void;
};

export function readBudget(file: string, limits: ReadLimits): ReadBudget {
  let cellsLeft = limits.maxCells;
  let rowsLeft = limits.maxRows;
  const allowance: LongCellAllowance = { longLeft: limits.maxLongCells };
  return {
    cells(n) {
      cellsLeft -= n;
      if (cellsLeft < 0) throw overBudgetError(file, limits, 'cells');
    },
    row() {
      if (--rowsLeft < 0) throw overBudgetError(file, limits, 'rows');
    },
    cellText(length, at) {
      const over = cellTextOver(length, limits.maxCellChars, allowance);
      if (over) throw overBudgetError(file, limits, over, at());
    },
  };
}
