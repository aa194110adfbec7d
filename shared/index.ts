/**
 * @module shared — the pure domain core of the ISMS workbook add-in: no Office, DOM, Node or clock.
 * Hosts read a workbook into a `WorkbookSnapshot` and call these functions.
 */
export * from './grid/grid';
export * from './grid/read-workbook';
export * from './grid/cell';
export * from './grid/address';
export * from './catalog/index';
export * from './model/types';
export * from './validation/finding';
export * from './workbook/canonical';
export * from './risk/methodology';
export * from './risk/score-risk';
export * from './model/assessment';
export * from './workbook/formulas';
export * from './cross/index';
export * from './gaps/index';
export * from './readiness/index';
export * from './import/index';
