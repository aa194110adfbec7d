/** @module import — any ISO 27001 workbook (any layout, language, 2005/2013/2022 numbering) → canonical rows. */
export * from './types';
export { importWorkbook, isCanonicalWorkbook, type ImportOptions } from './import-workbook';
export { parseImportMapping } from './import-mapping';
export { importReportRows } from './import-report';
export { parseApplicable } from '../vocabulary/yes-no';
export { parseImplementation } from '../vocabulary/implementation-status';
export { parseClauseStatus } from '../vocabulary/clause-status';
export { parseTreatmentWord } from '../vocabulary/treatment-option';
export { scoreField, mapColumns, type HeaderLabel } from './match-header';
export { detectEdition } from './edition';
export { keptSheets, keptSheetName, originalSheetGrid, type KeptSheet } from './original-sheet';
export { proposeSheetMapping } from './propose-mapping';
export * from './kind-tables';
export * from './synonyms';
