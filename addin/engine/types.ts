/**
 * What the task pane's engine (reading and assessing, in a Web Worker) hands the components: one
 * combined assessment of every opened workbook (their findings plus the cross-workbook XWB-*
 * findings), the SoA control list and where the work ran. Plain, structured-cloneable data.
 */
import type { Assessment } from '../../shared/model';
import type { Methodology, Risk } from '../../shared/model';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { ReadinessView } from '../api/readiness-view';
import type { ControlRow } from '../soa/control-rows';
import type { FindingDigest } from '../findings/digest';
import type { MovementCounts } from '../heatmap/moves';
import type { CellRisks } from './cell-risks';
import type { RowValues } from './row-values';

/** The parts of a risk the pane shows (heat-map cell lists): a slim copy keeps the clone small. */
export type PaneRisk = Pick<Risk, 'id' | 'description' | 'threat'>;

/**
 * An assessment as the pane reads it; a full core `Assessment` is one. From the worker, the
 * findings come in the digest's order, and the register stays behind: `risks` is null and the
 * heat-map cells' `riskIds` are empty (their `count`s are exact; `Engine.cellRisks` lists them).
 */
export type PaneAssessment = Omit<Assessment, 'workbook'> & {
  readonly workbook: {
    readonly name: string;
    readonly methodology: Methodology | null;
    readonly risks: readonly PaneRisk[] | null;
  };
};

export type PaneResult = {
  readonly assessment: PaneAssessment;
  /** File names, in the order opened (the first is the host's own workbook in Excel). */
  readonly workbooks: readonly string[];
  /** All 93 Annex A controls as the (first) SoA records them, or null without an SoA. */
  readonly controls: readonly ControlRow[] | null;
  /** Counts and arrangement of the findings for the Check tab's first view (see digest.ts). */
  readonly digest: FindingDigest;
  /** Inherent → residual movement, counted where the risk ids are. */
  readonly movement: MovementCounts | null;
  /** Where reading and assessing ran: the worker in the product, 'main' only in tests. */
  readonly ran: { readonly read: 'worker' | 'main' | 'host'; readonly assess: 'worker' | 'main' };
};

/** Progress of one run: `done` of `total` units (bytes read plus bytes assessed). */
export type Progress = { readonly done: number; readonly total: number; readonly label: string };

export type EngineInput = {
  /** Workbooks the host read already (Excel reads its own in blocks). */
  readonly snapshots: readonly WorkbookSnapshot[];
  /** Files picked or dropped: read in the engine. */
  readonly files: readonly File[];
};

export type Engine = {
  readonly run: (
    input: EngineInput,
    asOf: string,
    onProgress: (p: Progress) => void,
  ) => Promise<PaneResult>;
  /** Readiness of the last run's workbooks (the CLI's `isms readiness` computation). */
  readonly readiness: (asOf: string) => Promise<ReadinessView>;
  /** One row's values with their headers (a finding's row, shown in a browser). */
  readonly row: (workbook: string, sheet: string, row: number) => Promise<RowValues | null>;
  /** Risks of a cell of the last run's heat maps (the first `limit`, and how many in all). */
  readonly cellRisks: (
    kind: 'inherent' | 'residual',
    at: { readonly likelihood: number; readonly impact: number },
    limit: number,
  ) => Promise<CellRisks>;
  /** Starts the engine before its first run (the worker's code loads while a file is picked). */
  readonly warm?: () => void;
  /** The last run's snapshots, for the reports the checks service builds. */
  readonly snapshots: () => Promise<readonly WorkbookSnapshot[]>;
};
