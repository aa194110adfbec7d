/** @module shared/vocabulary — public surface of the vocabulary domain. */
export * from './action-status';
export * from './audit-finding';
export * from './clause-status';
export * from './colour';
export * from './fold-text';
export * from './implementation-status';
export * from './match';
export * from './overdue';
export * from './placeholder';
export * from './risk-status';
export * from './top-management';
export * from './treatment-option';
export * from './treatment-words';
export * from './yes-no';
