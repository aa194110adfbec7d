/** @module shared/workbook — public surface of the workbook domain. */
export * from './canonical';
export * from './formulas';
export * from './parse-workbook';
export * from './plan';
