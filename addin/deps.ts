/**
 * What the task pane needs from its host, injected by the composition root (index.tsx): Excel
 * actions when hosted by Office, a file opener in a plain browser. Components see only this.
 */
import type { Cell, WorkbookSnapshot } from '../shared/grid';
import type { ReadWorkbook } from '../shared/grid';
import type { Finding } from '../shared/validation';
import type { HeatMap } from '../shared/model';
import type { ApiClient } from './api/client';
import type { Engine } from './engine/types';

export type SetupResult = {
  readonly created: readonly string[];
  readonly skipped: readonly { readonly sheet: string; readonly reason: string }[];
  /** False when tblRisks was created without its formulas (Methodology tables missing). */
  readonly formulas: boolean;
};

/** What converting the active sheet wrote, per canonical table. */
export type ImportWriteResult = {
  /** The setup run first when a table was missing (null when all existed). */
  readonly setup: SetupResult | null;
  readonly tables: readonly {
    readonly table: string;
    readonly sheet: string;
    /** New rows. */
    readonly added: number;
    /** Existing rows (same control or clause) whose blank cells were filled. */
    readonly completed: number;
    /** Rows already present with nothing new to add. */
    readonly duplicates: number;
    readonly missingColumns: readonly string[];
  }[];
  /** Tables that could not be created (a user's sheet has the name), with their row counts. */
  readonly notWritten: readonly {
    readonly table: string;
    readonly rows: number;
    readonly reason: string;
  }[];
};

export type ExcelActions = {
  readonly readWorkbook: ReadWorkbook;
  readonly setup: () => Promise<SetupResult>;
  readonly selectCell: (sheet: string, cell: string | null) => Promise<void>;
  readonly markFindings: (findings: readonly Finding[]) => Promise<number>;
  readonly clearMarks: () => Promise<number>;
  readonly writeHeatMaps: (
    maps: readonly HeatMap[],
    workbook: string,
    asOf: string,
  ) => Promise<string>;
  /** Reads the active sheet (values, merges, tables) for conversion; writes nothing. */
  readonly readActiveSheet: () => Promise<WorkbookSnapshot>;
  /** Writes converted rows (per canonical table, keyed by header) into the canonical tables. */
  readonly writeImport: (
    rows: Partial<Record<string, readonly Record<string, Cell>[]>>,
  ) => Promise<ImportWriteResult>;
  /** Starts live re-checking; resolves to a function that stops it. */
  readonly watch: (onChange: () => void) => Promise<() => Promise<void>>;
};

export type AddinDeps = {
  readonly host: 'excel' | 'browser';
  /** The host's theme; the pane switches to high contrast when the system asks (pane-theme.ts). */
  readonly theme: 'light' | 'dark' | 'high-contrast';
  /** Today's date as `YYYY-MM-DD`, from the host's clock (shared code never reads it). */
  readonly today: () => string;
  /** Reads and assesses off the main thread (a Web Worker in the product). */
  readonly engine: Engine;
  readonly api: ApiClient;
  /** Office only. */
  readonly excel: ExcelActions | null;
  /** Plain browser only: reads a picked or dropped .xlsx into a snapshot. */
  readonly openFile: ((file: File) => Promise<WorkbookSnapshot>) | null;
};
