import type { HeatMap } from '../model/assessment';
import type { Methodology } from '../model/types';
import type { Finding } from '../findings/finding';

/** How one scale (likelihood or impact) of a workbook maps onto the consolidated scale. */
export type ScaleMapping = {
  readonly from: number;
  readonly to: number;
  /** `[fromLevel, toLevel]` pairs, ascending. */
  readonly levels: readonly (readonly [number, number])[];
};

/** What was done to one workbook's risks to put them on the consolidated method. */
export type Rescaling = {
  readonly workbook: string;
  /** `same`: already on the consolidated method; `rescaled`: levels mapped; `assumed`: no method documented, levels taken as they are. */
  readonly kind: 'same' | 'rescaled' | 'assumed';
  readonly likelihood: ScaleMapping | null;
  readonly impact: ScaleMapping | null;
  /** One sentence for the reader of the report. */
  readonly statement: string;
};

/** One risk of the set on the consolidated method; `original*` keep its own workbook's values. */
export type ConsolidatedRisk = {
  readonly workbook: string;
  readonly sheet: string;
  readonly row: number;
  readonly id: string | null;
  readonly description: string | null;
  readonly owner: string | null;
  readonly status: string | null;
  readonly treatment: string | null;
  readonly controls: readonly string[];
  readonly originalLikelihood: number | null;
  readonly originalImpact: number | null;
  readonly likelihood: number | null;
  readonly impact: number | null;
  readonly inherentScore: number | null;
  readonly inherentRating: string | null;
  readonly residualLikelihood: number | null;
  readonly residualImpact: number | null;
  /** Residual on the consolidated method; equals the inherent values when no residual is recorded. */
  readonly residualScore: number | null;
  readonly residualRating: string | null;
  readonly residualColor: string | null;
  /** Index of the residual rating band (0 = lowest), or -1 when unrated. */
  readonly residualRank: number;
};

export type ConsolidatedView = {
  /** The method every risk is scored on; null when no workbook documents one. */
  readonly methodology: Methodology | null;
  /** Workbook whose method was chosen, and why (`most-common`, ties going to the first). */
  readonly methodologySource: string | null;
  readonly basis: 'most-common' | 'first' | 'none';
  readonly rescaling: readonly Rescaling[];
  readonly risks: readonly ConsolidatedRisk[];
  readonly heatMaps: { readonly inherent: HeatMap; readonly residual: HeatMap } | null;
};

export type CrossCheck = {
  readonly findings: readonly Finding[];
  readonly consolidated: ConsolidatedView;
};
