/**
 * What the task pane needs from its host, injected by the composition root (index.tsx): Excel
 * actions when hosted by Office, a file opener in a plain browser. Components see only this.
 */
import type { Assessment } from '../shared/model/assessment';
import type { WorkbookSnapshot } from '../shared/grid/grid';
import type { ReadWorkbook } from '../shared/grid/read-workbook';
import type { Finding } from '../shared/validation/finding';
import type { HeatMap } from '../shared/model/assessment';
import type { ApiClient } from './api/client';

export type SetupResult = {
  readonly created: readonly string[];
  readonly skipped: readonly { readonly sheet: string; readonly reason: string }[];
  /** False when tblRisks was created without its formulas (Methodology tables missing). */
  readonly formulas: boolean;
};

export type ExcelActions = {
  readonly readWorkbook: ReadWorkbook;
  readonly setup: () => Promise<SetupResult>;
  readonly selectCell: (sheet: string, cell: string | null) => Promise<void>;
  readonly markFindings: (findings: readonly Finding[]) => Promise<number>;
  readonly clearMarks: () => Promise<number>;
  readonly writeHeatMaps: (maps: readonly HeatMap[], workbook: string, asOf: string) => Promise<string>;
  /** Starts live re-checking; resolves to a function that stops it. */
  readonly watch: (onChange: () => void) => Promise<() => Promise<void>>;
};

export type AddinDeps = {
  readonly host: 'excel' | 'browser';
  readonly theme: 'light' | 'dark';
  /** Today's date as `YYYY-MM-DD`, from the host's clock (shared code never reads it). */
  readonly today: () => string;
  readonly assess: (snapshot: WorkbookSnapshot, asOf: string) => Assessment;
  readonly api: ApiClient;
  /** Office only. */
  readonly excel: ExcelActions | null;
  /** Plain browser only: reads a picked or dropped .xlsx into a snapshot. */
  readonly openFile: ((file: File) => Promise<WorkbookSnapshot>) | null;
};
