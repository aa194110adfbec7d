/** @module cross — checks across a set of workbooks (XWB-* rules) and the consolidated risk view. */
export * from './types';
export * from './check-workbooks';
export * from './consolidate';
export * from './rescale';
export * from './methodology-diff';
export * from './target-methodology';
export * from './risk-controls';
export { sourceCell } from './source-cell';
export * from './consolidated-heat-map';
