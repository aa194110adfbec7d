/**
 * The Excel side of the task pane's deps: every office-js operation behind one `ExcelRun`, plus
 * the Office theme. Only index.tsx calls this, after `Office.onReady`.
 */
import { wantsHighContrast } from '../theme/pane-theme';
import type { Methodology } from '../../shared/model';
import { DEFAULT_METHODOLOGY } from '../../shared/risk';
import { CANONICAL_SHEET_NAMES } from './canonical-sheets';
import type { ExcelActions } from '../deps';
import { writeHeatMapSheet } from './heatmap-sheet.office';
import { makeWatch } from './live.office';
import { clearMarks, markFindings } from './marks.office';
import { selectCell } from './navigate.office';
import { makeReadWorkbook } from './read-workbook.office';
import { runExcel, type ExcelRun } from './run-excel';
import { setupWorkbook } from './setup-workbook.office';
import { readActiveSheet } from './read-active-sheet.office';
import { writeImportedRows } from './convert.office';

export function makeExcelActions(
  run: ExcelRun = runExcel,
  methodology: Methodology = DEFAULT_METHODOLOGY,
): ExcelActions {
  return {
    readWorkbook: makeReadWorkbook(run),
    setup: () => run((ctx) => setupWorkbook(ctx, methodology)),
    selectCell: (sheet, cell) => run((ctx) => selectCell(ctx, sheet, cell)),
    markFindings: (findings) => run((ctx) => markFindings(ctx, findings, CANONICAL_SHEET_NAMES)),
    clearMarks: () => run((ctx) => clearMarks(ctx, CANONICAL_SHEET_NAMES)),
    writeHeatMaps: (maps, workbook, asOf) =>
      run((ctx) => writeHeatMapSheet(ctx, maps, workbook, asOf)),
    readActiveSheet: () =>
      run((ctx) => readActiveSheet(ctx, { merges: mergesSupported(), lists: listsSupported() })),
    writeImport: (rows) => run((ctx) => writeImportedRows(ctx, rows, methodology)),
    watch: makeWatch(run),
  };
}

/**
 * Dark when Office's task-pane background is dark (Office.context.officeTheme, Requirement set
 * 1.3); high contrast when Windows' high contrast reaches the pane's WebView as forced colours.
 */
export function officeTheme(): 'light' | 'dark' | 'high-contrast' {
  if (wantsHighContrast()) return 'high-contrast';
  const bg = Office.context?.officeTheme?.bodyBackgroundColor;
  const m = bg ? /^#?([0-9a-f]{6})$/i.exec(bg) : null;
  if (!m) return 'light';
  const n = parseInt(m[1], 16);
  const luminance = (0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return luminance < 0.5 ? 'dark' : 'light';
}

/** Data-validation lists are read with `Range.dataValidation` (ExcelApi 1.8) where available. */
function listsSupported(): boolean {
  return Office.context?.requirements?.isSetSupported('ExcelApi', '1.8') ?? false;
}

/** Merged areas are read with `Range.getMergedAreasOrNullObject` (ExcelApi 1.13) where available. */
function mergesSupported(): boolean {
  return Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') ?? false;
}
