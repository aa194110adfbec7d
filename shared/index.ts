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
export * from './findings/finding';
export type { RuleId } from './rule-id';
export type { StageId } from './validation/rule';
export * from './workbook/canonical';
export * from './risk/methodology';
export * from './risk/score-risk';
export * from './model/assessment';
export * from './workbook/formulas';
export * from './cross/index';
export * from './gaps/index';
export * from './readiness/index';
export * from './import/index';
export * from './workbook/parse-workbook';
export * from './workbook/record-fields';
export * from './risk/treatment';
export * from './risk/risk-levels';
export * from './risk/validate-methodology';
export * from './validation/validate-workbook';
export { validateMethodology } from './validation/rules/meth-invalid';
export { RULES } from './validation/rules/index';
export { SET_RULES } from './validation/set-rules/index';
export { CROSS_RULES } from './cross/rules/index';
export * from './validation/severity';
export * from './validation/sort-findings';
export * from './heatmap/heat-map';
export * from './soa/soa-progress';
export * from './soa/title-match';
export * from './assess';
