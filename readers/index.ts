/**
 * @module readers
 * Files → WorkbookSnapshot, bounded: the xlsx/xlsm reader (zip + streamed sheet XML), the CSV
 * reader, and the one dispatcher every host calls (`readWorkbookBytes`). Browser-safe: no Node
 * APIs (Node hosts inject zlib's inflate), depends only on shared/, fflate and papaparse.
 */
export { readWorkbookBytes, type ReadBytesOptions, type WorkbookRead } from './read-bytes';
export {
  readXlsx,
  DEFAULT_XLSX_LIMITS,
  type ReadXlsxOptions,
  type XlsxLimits,
} from './ooxml/read-xlsx';
export type { Inflate } from './ooxml/zip';
export {
  distinctListValues,
  isListName,
  listReference,
  MAX_LIST_VALUES,
} from './ooxml/validation-lists';
export { readCsv, sheetNameFor, type CsvReadResult, type ReadCsvOptions } from './csv/read-csv';
export { XlsxReadError, readError, type XlsxReadReason } from './errors';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './limits';
export { checkSnapshotBudget, snapshotFindings } from './snapshot-checks';
export { checkImportBudget } from './import-budget';
export { decodeText, isZipOrOle } from './text-bytes';
export { sniffKind, type FileKind } from './file-kind';
