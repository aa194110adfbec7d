/** @module readiness — certification readiness score: areas, itemised deductions, blockers, verdict. */
export * from './types';
export * from './score-readiness';
export * from './areas';
export * from './verdict';
