/**
 * Row types of the canonical writer's input, kept here for callers of `writeCanonicalWorkbook`
 * (the importer, tests): the rows themselves are laid out by the plan (shared/workbook/plan).
 */
export type {
  InputRow,
  PlanCell as TableCell,
  PlanFormula as FormulaCell,
} from '../../shared/workbook';
export { isPlanFormula as isFormulaCell } from '../../shared/workbook';
