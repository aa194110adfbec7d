/** @module shared/risk — public surface of the risk domain. */
export * from './methodology';
