/** @module treatment — the risk treatment plan (6.1.3 e, 8.3). */
export * from './types';
export * from './build-treatment-plan';
