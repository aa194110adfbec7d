/**
 * The running budget of one read: every reader charges what it meets (cells, rows) as it meets
 * it, so an over-budget file stops early instead of after it has been allocated. The error names
 * the file and the limit, in one line.
 */
import { readError, type XlsxReadError } from './errors';
import { count, megabytes, type ReadLimits } from './limits';

export type BudgetKind =
  'cells' | 'rows' | 'slots' | 'rowBytes' | 'text' | 'utf16Part' | 'cellText';

/** `at` names the cell for 'cellText' (`sheet "Risks" cell D5`). */
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

export type ReadBudget = {
  /** `n` more cells (empty ones too). */
  cells(n: number): void;
  /** One more row (empty ones too). */
  row(): void;
};

export function readBudget(file: string, limits: ReadLimits): ReadBudget {
  let cellsLeft = limits.maxCells;
  let rowsLeft = limits.maxRows;
  return {
    cells(n) {
      cellsLeft -= n;
      if (cellsLeft < 0) throw overBudgetError(file, limits, 'cells');
    },
    row() {
      if (--rowsLeft < 0) throw overBudgetError(file, limits, 'rows');
    },
  };
}
