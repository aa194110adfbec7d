import type { WorkbookSnapshot } from './grid';

/**
 * The function type both hosts implement (office-js and the xlsx reader): read the workbook into
 * one normalised snapshot. `sheets`, when given, limits reading to those sheets.
 */
export type ReadWorkbook = (sheets?: readonly string[]) => Promise<WorkbookSnapshot>;
