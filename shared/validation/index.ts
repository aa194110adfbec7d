/** @module shared/validation — public surface of the validation domain. */
export * from './cap-findings';
export * from './finding';
export * from './sort-findings';
