/** @module gaps — gap report: conformance matrix, control gaps, roadmap, resources, management review pack. */
export * from './types';
export * from './build-gap-report';
export * from './merge-clauses';
export * from './merge-soa';
export * from './effort';
export * from './roadmap';
export * from './resources';
export * from './management-review';
export * from './risk-progress';
export * from './calibrated-effort';
export * from './effort-calibration';
export * from './effort-overrides';
export * from './schedule';
export * from './review-recency';
