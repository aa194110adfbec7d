/** @module shared/grid — public surface of the grid domain. */
export * from './address';
export * from './cell';
export * from './grid';
export * from './read-workbook';
