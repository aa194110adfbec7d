/**
 * What `assess(snapshot, { asOf })` returns for one workbook: the single use case the task pane,
 * the CLI and the API all call. Plain data, JSON-serialisable.
 */
import type { Finding, FindingSummary } from '../findings/finding';
import type { IsmsWorkbook, ScaleLevel } from './types';

export type HeatMapCell = {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number | null;
  /** Rating band name and colour for this cell's score (null when no band covers it). */
  readonly band: string | null;
  readonly color: string | null;
  readonly count: number;
  readonly riskIds: readonly string[];
};

export type HeatMap = {
  readonly kind: 'inherent' | 'residual';
  readonly likelihood: readonly ScaleLevel[];
  readonly impact: readonly ScaleLevel[];
  /** One cell per (likelihood, impact) pair, likelihood-major, ascending. */
  readonly cells: readonly HeatMapCell[];
  /** Risks that could not be placed (missing or off-scale likelihood/impact). */
  readonly unplaced: readonly string[];
  readonly total: number;
};

export type ThemeProgress = {
  readonly theme: string;
  readonly controls: number;
  readonly applicable: number;
  readonly excluded: number;
  readonly undecided: number;
  readonly implemented: number;
  readonly partial: number;
  readonly planned: number;
  readonly notImplemented: number;
  readonly withEvidence: number;
};

export type SoaProgress = {
  readonly byTheme: readonly ThemeProgress[];
  readonly total: ThemeProgress;
  /** Controls that risks rely on (tblRisks Annex A Controls) but the SoA marks not applicable. */
  readonly excludedButReferenced: readonly {
    readonly controlId: string;
    readonly riskIds: readonly string[];
  }[];
};

export type Assessment = {
  readonly workbook: IsmsWorkbook;
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
  readonly heatMaps: { readonly inherent: HeatMap; readonly residual: HeatMap } | null;
  readonly soaProgress: SoaProgress | null;
};

export type AssessOptions = {
  /** ISO date `YYYY-MM-DD` that "today" means for overdue checks; never the clock. */
  readonly asOf: string;
};
