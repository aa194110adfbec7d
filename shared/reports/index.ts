/** @module shared/reports — public surface of the reports domain. */
export * from './report-kinds';
