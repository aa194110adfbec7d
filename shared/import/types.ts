/**
 * Types of the import: what each sheet of a foreign workbook holds, how its columns map to the
 * canonical tables, and what was migrated, dropped or reported on the way.
 */
import type { Cell } from '../grid/grid';
import type { Finding } from '../validation/finding';

/** What a sheet holds. `other` sheets are kept as originals only. */
/** `findings`: an internal-audit or nonconformity register (9.2, 10.2). */
export type ImportKind = 'risks' | 'soa' | 'assets' | 'clauses' | 'findings' | 'other';

/** Annex A numbering found in an SoA or a risk register's control references. */
export type Edition = '2005' | '2013' | '2022' | 'mixed' | 'none';

/** Canonical table names the import fills. */
export type ImportTable = 'tblRisks' | 'tblSoA' | 'tblAssets' | 'tblClauses' | 'tblFindings';

export const KIND_TABLE: Readonly<Record<Exclude<ImportKind, 'other'>, ImportTable>> = {
  risks: 'tblRisks',
  soa: 'tblSoA',
  assets: 'tblAssets',
  clauses: 'tblClauses',
  findings: 'tblFindings',
};

/** One source column mapped to a canonical field (the `key` of a canonical ColumnDef). */
export type ColumnMapping = {
  /** Column letter in the source sheet (`C`). */
  readonly column: string;
  /** Header label as read; multi-row headers joined as `Parent / Child`. */
  readonly header: string;
  readonly field: string;
  /** 0–1: 1 for an exact synonym or a user mapping, lower for partial or content-based matches. */
  readonly confidence: number;
  /** Why: the header words or the cells that found it ("column C: 93 of 93 cells are Annex A 2022 ids"). */
  readonly evidence?: string;
};

export type UnmappedColumn = { readonly column: string; readonly header: string };

export type SheetImport = {
  readonly sheet: string;
  readonly kind: ImportKind;
  /** 0–1. */
  readonly confidence: number;
  /** Why this kind, in plain words (shown in the report). */
  readonly reason: string;
  /** 1-based Excel rows of the header block (empty when none was found). */
  readonly headerRows: readonly number[];
  readonly columns: readonly ColumnMapping[];
  readonly unmapped: readonly UnmappedColumn[];
  /** Source data rows read (after dropping blank, category and legend rows). */
  readonly sourceRows: number;
  /** Canonical rows produced from this sheet. */
  readonly rowsOut: number;
  readonly edition: Edition;
  /** Set when the sheet could not be imported as its kind, or only partly. */
  readonly explanation: string | null;
  /** What the cells and headers showed (found) and what a kind would still need (missing). */
  readonly signals?: { readonly found: readonly string[]; readonly missing: readonly string[] };
};

/** A 2005/2013 control id (or a reference in a risk) replaced by its 2022 successors. */
export type Migration = {
  readonly sheet: string;
  readonly row: number;
  readonly from: string;
  readonly fromEdition: '2005' | '2013';
  readonly to: readonly string[];
  readonly note: string;
  /** A weak match (2005 titles): listed "to confirm", not applied to the imported rows. */
  readonly toConfirm?: boolean;
};

/** Something not carried into a canonical table, and why (it stays in the original sheet). */
export type DroppedItem = {
  readonly sheet: string;
  /** First and last 1-based rows concerned, when they are rows. */
  readonly rows: readonly [number, number] | null;
  readonly cell: string | null;
  readonly value: string | null;
  readonly reason: string;
};

export type ImportNote = {
  readonly sheet: string;
  readonly row: number | null;
  readonly message: string;
};

export type CanonicalRow = Record<string, Cell>;

export type ImportResult = {
  readonly workbook: string;
  /** True when the input already is a canonical workbook (tblRisks/tblSoA tables): copy it through. */
  readonly canonical: boolean;
  readonly sheets: readonly SheetImport[];
  /** Rows per canonical table, keyed by canonical header (shared/workbook/canonical.ts). */
  readonly tables: Partial<Record<ImportTable, CanonicalRow[]>>;
  readonly migrations: readonly Migration[];
  /** 2022 controls absent from the imported SoA (only when an SoA was imported). */
  readonly missingControls: readonly string[];
  readonly dropped: readonly DroppedItem[];
  readonly findings: readonly Finding[];
  /** What the import did that a reviewer should know (ids assigned, values kept as written …). */
  readonly notes: readonly ImportNote[];
  /** The mapping used: a user can edit it and pass it back (`isms import --map`). */
  readonly mapping: ImportMapping;
};

/** User-editable mapping (JSON). Column keys are letters (`C`) or header labels. */
export type SheetMapping = {
  readonly kind: ImportKind;
  /** 1-based row of the (last) header row; data starts below it. */
  readonly headerRow: number;
  /** How many header rows end at `headerRow` (default 1). */
  readonly headerRows?: number;
  /** Column → canonical field key, or `ignore`. Columns not listed are unmapped. */
  readonly columns: Readonly<Record<string, string>>;
};

export type ImportMapping = {
  readonly version: 1;
  readonly sheets: Readonly<Record<string, SheetMapping>>;
};
