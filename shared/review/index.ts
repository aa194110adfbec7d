/** @module review — the management review pack (9.3): inputs a) to g) and the 9.3.3 decisions. */
export * from './types';
export * from './build-review-pack';
export * from './review-items';
export * from './decisions';
export * from './messages';
