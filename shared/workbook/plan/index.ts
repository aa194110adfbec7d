/**
 * @module workbook/plan — the canonical workbook as pure data (sheets, tables, starter rows,
 * lists, calculated columns, band formats, frozen panes, the heat-map layout) that the exceljs
 * and the office-js writers both execute.
 */
export * from './types';
export * from './build-plan';
export * from './input-rows';
export * from './starter-rows';
export * from './table-plan';
export * from './methodology-sheet';
export * from './about-sheet';
export * from './heat-map-layout';
