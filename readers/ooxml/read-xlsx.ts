/**
 * readXlsx: xlsx/xlsm bytes → WorkbookSnapshot, fast and bounded. Pure TS + fflate, no Node APIs
 * (the add-in's browser mode imports this folder). Only the parts needed are inflated: workbook,
 * its relationships, shared strings, styles, the selected sheets and their tables.
 */
import type { Finding, SheetSnapshot, TableRef, WorkbookSnapshot } from '../../shared';
import { readError } from '../errors';
import { assertZipLike } from '../file-kind';
import { count, DEFAULT_READ_LIMITS, megabytes, type ReadLimits } from '../limits';
import { checkTableCells } from '../table-budget';
import {
  duplicateCells,
  missingPart,
  missingStrings,
  uniqueSheetNames,
  uniqueTableNames,
} from './package-findings';
import { parseRels, relsPathFor } from './rels';
import { scanSheetPart } from './sheet-stream';
import { sheetContext } from './sheet-context';
import type { ScannedSheet } from './sheet-xml';
import { readSheetTables } from './tables';
import { MAX_WORKBOOK_LIST_CELLS, resolveValidations, type DefinedNames } from './validation-lists';
import type { RawValidation } from './validations';
import { parseWorkbookXml, type SheetEntry } from './workbook-xml';
import { decodePart } from './xml-text';
import { openZip, type Inflate, type ZipReader } from './zip';

export { XlsxReadError, type XlsxReadReason } from '../errors';

/** The xlsx reader's budgets are the readers' (limits.ts); the old name stays for its callers. */
export type XlsxLimits = ReadLimits;
export const DEFAULT_XLSX_LIMITS: XlsxLimits = DEFAULT_READ_LIMITS;

/** Longest sheet or table name read (Excel allows 31 and 255). */
export const MAX_NAME_CHARS = 255;

export type ReadXlsxOptions = {
  /** File name, used in the snapshot and in error messages. */
  readonly name: string;
  /** Read only these sheets (by name, case-insensitive); default all worksheets. */
  readonly sheets?: readonly string[];
  readonly limits?: Partial<XlsxLimits>;
  /**
   * A faster raw-inflate (Node's zlib, injected by the Node hosts so this folder stays
   * browser-safe) for the parts up to 32 MB; larger sheets are always streamed through fflate.
   */
  readonly inflate?: Inflate;
  /** Told of structural problems that still let the file be read (WB-DUPLICATE-SHEET, WB-MISSING-PART). */
  readonly onFinding?: (f: Finding) => void;
};

export function readXlsx(bytes: Uint8Array, opts: ReadXlsxOptions): WorkbookSnapshot {
  const file = opts.name;
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...opts.limits };
  const report = opts.onFinding ?? (() => {});
  if (bytes.length > limits.maxCompressedBytes) {
    throw readError('too_large', file, `the file is over ${megabytes(limits.maxCompressedBytes)}`);
  }
  assertZipLike(bytes, file);
  const zip = openZip(bytes, {
    file,
    maxUncompressed: limits.maxUncompressedBytes,
    inflate: opts.inflate,
  });
  const text = (path: string): string | null => {
    if (zip.size(path) > limits.maxPartBytes) {
      const max = megabytes(limits.maxPartBytes);
      throw readError('too_large', file, `its part ${path} is over ${max} of XML`);
    }
    const part = zip.read(path);
    return part === null ? null : decodePart(part);
  };
  const workbookPath = findWorkbookPart(zip, text);
  if (workbookPath === null) throw readError('not_xlsx', file, describeOtherPackage(zip));
  const info = parseWorkbookXml(
    workbookPath,
    text(workbookPath) ?? '',
    text(relsPathFor(workbookPath)),
  );
  for (const name of info.unresolved) {
    const what = `Sheet "${name}" is listed in the workbook without a part`;
    report(missingPart(file, name, what, 'it could not be read'));
  }
  if (info.sheets.length === 0) throw readError('empty', file, 'the workbook has no worksheets');
  if (info.sheets.length > limits.maxSheets)
    throw readError('too_large', file, `more than ${count(limits.maxSheets)} worksheets`);
  // Excel allows 31 characters; long names are map keys too (see ReadLimits.maxCellChars).
  if (info.sheets.some((s) => s.name.length > MAX_NAME_CHARS))
    throw readError(
      'too_large',
      file,
      `a sheet name is over ${MAX_NAME_CHARS} characters (Excel allows 31)`,
    );
  const wanted = selectSheets(uniqueSheetNames(info.sheets, file, report), opts.sheets);
  const ctx = sheetContext(zip, info, wanted.length > 0, file, limits, text);
  const sheets: SheetSnapshot[] = [];
  const lists: RawValidation[][] = [];
  const tables: TableRef[] = [];
  for (const entry of wanted) {
    const onMissingPart = (path: string): void => {
      const what = `The part ${path} of sheet "${entry.name}" is missing from the file`;
      report(missingPart(file, entry.name, what, 'the sheet was read as empty'));
    };
    const scanned = scanSheetPart(zip, entry.path, { ...ctx, onMissingPart, sheet: entry.name });
    if (scanned.missingStrings) report(missingStrings(file, entry.name, scanned.missingStrings));
    if (scanned.duplicateCells) report(duplicateCells(file, entry.name, scanned.duplicateCells));
    sheets.push(readSheet(entry, scanned));
    lists.push(scanned.validations);
    tables.push(...readSheetTables(entry.name, entry.path, text, { file, report }));
  }
  const snapshot = {
    name: file,
    sheets: withLists(sheets, lists, info.definedNames),
    tables: uniqueTableNames(tables, file, report),
  };
  checkTableCells(snapshot, limits);
  return snapshot;
}

function readSheet(entry: SheetEntry, s: ScannedSheet): SheetSnapshot {
  return {
    name: entry.name,
    origin: s.origin,
    rows: s.rows,
    ...(entry.hidden ? { hidden: true } : {}),
    ...(s.merges.length > 0 ? { merges: s.merges } : {}),
    ...(Object.keys(s.display).length > 0 ? { display: s.display } : {}),
    ...(s.formulas.length > 0 ? { formulas: s.formulas } : {}),
  };
}

/** Each sheet with the values of its list validations, read from the grids (validation-lists.ts). */
function withLists(
  sheets: readonly SheetSnapshot[],
  lists: readonly RawValidation[][],
  names: DefinedNames,
): SheetSnapshot[] {
  const sheetsByName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const src = { sheets: sheetsByName, names, budget: { cellsLeft: MAX_WORKBOOK_LIST_CELLS } };
  return sheets.map((s, i) => {
    const validations = lists[i].length ? resolveValidations(lists[i], s.name, src) : [];
    return validations.length ? { ...s, validations } : s;
  });
}

/** The package's office document (from `_rels/.rels`), else the conventional xl/workbook.xml. */
function findWorkbookPart(zip: ZipReader, text: (path: string) => string | null): string | null {
  const rels = zip.has('_rels/.rels') ? parseRels(text('_rels/.rels'), '') : [];
  const doc = rels.find(
    (r) => r.type === 'officeDocument' && !r.external && /\.xml$/i.test(r.target),
  );
  if (doc && zip.has(doc.target) && /workbook/i.test(doc.target)) return doc.target;
  return zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

function selectSheets(
  all: readonly SheetEntry[],
  names: readonly string[] | undefined,
): SheetEntry[] {
  if (names === undefined) return [...all];
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return all.filter((s) => wanted.has(s.name.toLowerCase()));
}

/** Says what a zip that is not a workbook looks like, so the user knows what they picked. */
function describeOtherPackage(zip: ZipReader): string {
  if (zip.has('word/document.xml')) return 'it is a Word document (.docx)';
  if (zip.has('ppt/presentation.xml')) return 'it is a PowerPoint presentation (.pptx)';
  if (zip.has('xl/workbook.bin'))
    return 'it is a binary workbook (.xlsb); open it in Excel and save it as .xlsx';
  if (zip.has('content.xml') && zip.has('mimetype')) {
    return 'it looks like an OpenDocument file (.ods); open it and save it as .xlsx';
  }
  return zip.names.length === 0
    ? 'the zip archive is empty'
    : 'the zip archive holds no xl/workbook.xml';
}
