/**
 * What every sheet of one workbook reads against: the shared strings (refused by their declared
 * size before they are inflated), the styles, and the budgets the sheets draw from together.
 */
import { overBudgetError } from '../budget';
import { readError } from '../errors';
import { count, megabytes, type ReadLimits } from '../limits';
import { readSharedStrings } from './shared-strings';
import type { SheetContext } from './sheet-xml';
import { parseStyles } from './styles';
import { MAX_WORKBOOK_SCANNED } from './validations';
import type { WorkbookInfo } from './workbook-xml';
import type { ZipReader } from './zip';

export function sheetContext(
  zip: ZipReader,
  info: WorkbookInfo,
  needed: boolean,
  file: string,
  limits: ReadLimits,
  text: (path: string) => string | null,
): SheetContext {
  const over: SheetContext['overBudget'] = (kind, at) => {
    throw overBudgetError(file, limits, kind, at);
  };
  return {
    strings: needed ? sharedStrings(zip, info.sharedStringsPath, file, limits) : [],
    styles: parseStyles(needed ? text(info.stylesPath ?? '') : null),
    date1904: info.date1904,
    budget: {
      cellsLeft: limits.maxCells,
      slotsLeft: limits.maxCells * 4,
      rowsLeft: limits.maxRows,
      textLeft: limits.maxTextChars,
      longLeft: limits.maxLongCells,
    },
    overBudget: over,
    validations: { scanned: MAX_WORKBOOK_SCANNED },
    maxRowBytes: limits.maxRowBytes,
    maxUtf16Bytes: limits.maxPartBytes,
    maxCellChars: limits.maxCellChars,
  };
}

/** The shared-strings part, refused by its declared size before it is inflated. */
function sharedStrings(
  zip: ZipReader,
  path: string | null,
  file: string,
  limits: ReadLimits,
): string[] {
  if (!path) return [];
  if (zip.size(path) > limits.maxSharedStringBytes) {
    const size = megabytes(limits.maxSharedStringBytes);
    throw readError('too_large', file, `its shared strings take more than ${size}`);
  }
  return readSharedStrings(zip.read(path), limits.maxCells, () => {
    throw readError('too_large', file, `more than ${count(limits.maxCells)} shared strings`);
  });
}
