/** @module shared/model — public surface of the model domain. */
export * from './assessment';
export * from './types';
