/**
 * @module cross — checks across a set of workbooks: the check of a set (XWB-* rules, and the
 * ISMS-level rules over the whole set in checkSet) and the consolidated risk view.
 */
export * from './types';
export * from './check-workbooks';
export * from './check-set';
export * from './consolidate';
export * from './rescale';
export * from './methodology-diff';
export * from './target-methodology';
export * from './risk-controls';
export { sourceCell } from './source-cell';
export * from './consolidated-heat-map';
