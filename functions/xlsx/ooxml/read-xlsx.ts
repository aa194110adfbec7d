/**
 * readXlsx: xlsx/xlsm bytes → WorkbookSnapshot, fast and bounded. Pure TS + fflate, no Node APIs
 * (the add-in's browser mode imports this folder). Only the parts needed are inflated: workbook,
 * its relationships, shared strings, styles, the selected sheets and their tables.
 */
import type { SheetSnapshot, TableRef, WorkbookSnapshot } from '../../../shared';
import { readError } from './errors';
import { assertZipLike } from './file-kind';
import { parseRels, relsPathFor } from './rels';
import { readSharedStrings } from './shared-strings';
import { scanSheetPart } from './sheet-stream';
import type { ScannedSheet, SheetContext } from './sheet-xml';
import { parseStyles } from './styles';
import { readSheetTables } from './tables';
import { parseWorkbookXml, type SheetEntry } from './workbook-xml';
import { decodePart } from './xml-text';
import { openZip, type Inflate, type ZipReader } from './zip';

export { XlsxReadError, type XlsxReadReason } from './errors';

export type XlsxLimits = {
  /** Size of the file itself (default 50 MB). */
  readonly maxCompressedBytes: number;
  /** Sum of the declared uncompressed sizes of the parts read (default 500 MB): zip bombs. */
  readonly maxUncompressedBytes: number;
  /** Non-empty cells over all sheets read (default 5,000,000). */
  readonly maxCells: number;
};

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxCompressedBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 500 * 1024 * 1024,
  maxCells: 5_000_000,
};

export type ReadXlsxOptions = {
  /** File name, used in the snapshot and in error messages. */
  readonly name: string;
  /** Read only these sheets (by name, case-insensitive); default all worksheets. */
  readonly sheets?: readonly string[];
  readonly limits?: Partial<XlsxLimits>;
  /**
   * A faster raw-inflate (Node's zlib) for the small parts read whole (workbook, shared strings,
   * styles, tables); sheets are always streamed through fflate so they are never held whole.
   */
  readonly inflate?: Inflate;
};

export function readXlsx(bytes: Uint8Array, opts: ReadXlsxOptions): WorkbookSnapshot {
  const file = opts.name;
  const limits = { ...DEFAULT_XLSX_LIMITS, ...opts.limits };
  if (bytes.length > limits.maxCompressedBytes) {
    throw readError(
      'too_large',
      file,
      `the file is over ${Math.round(limits.maxCompressedBytes / 1048576)} MB`,
    );
  }
  assertZipLike(bytes, file);
  const zip = openZip(bytes, {
    file,
    maxUncompressed: limits.maxUncompressedBytes,
    inflate: opts.inflate,
  });
  const text = (path: string): string | null => {
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
  if (info.sheets.length === 0) throw readError('empty', file, 'the workbook has no worksheets');
  const wanted = selectSheets(info.sheets, opts.sheets);
  const ctx: SheetContext = {
    strings:
      wanted.length > 0 && info.sharedStringsPath
        ? readSharedStrings(zip.read(info.sharedStringsPath))
        : [],
    styles: parseStyles(wanted.length > 0 ? text(info.stylesPath ?? '') : null),
    date1904: info.date1904,
    budget: { cellsLeft: limits.maxCells, slotsLeft: limits.maxCells * 4 },
    overBudget: () => {
      throw readError('too_large', file, `more than ${limits.maxCells.toLocaleString('en')} cells`);
    },
  };
  const sheets: SheetSnapshot[] = [];
  const tables: TableRef[] = [];
  for (const entry of wanted) {
    sheets.push(readSheet(entry, scanSheetPart(zip, entry.path, ctx)));
    tables.push(...readSheetTables(entry.name, entry.path, text));
  }
  return { name: file, sheets, tables };
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
