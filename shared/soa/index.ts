/** @module shared/soa — public surface of the soa domain. */
export * from './soa-progress';
export * from './title-match';
