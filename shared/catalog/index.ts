/** @module catalog — ISO/IEC 27001:2022 facts: Annex A controls, clauses, 2013 mapping. */
export * from './controls';
export * from './clauses';
export * from './migration';
export * from './find-control';
