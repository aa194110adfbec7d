/**
 * The part of the readiness result (shared/readiness: the engine's `scoreReadiness`, the same as
 * `isms readiness` and POST /api/readiness) the task pane shows. A structural subset, so the pane
 * keeps working if the result gains fields; `stages` and the locations are optional because
 * older results (and the service of an older release) lack them.
 */
export type ReadinessLocation = {
  readonly workbook: string;
  readonly sheet: string;
  readonly cell: string | null;
  readonly row: number | null;
};

export type BlockerView = {
  readonly id: string;
  readonly reason: string;
  readonly ref: string;
  readonly rule?: string;
  readonly locations?: readonly ReadinessLocation[];
};

/** One audit stage's readiness (Stage 1 documentation review, Stage 2 certification audit). */
export type StageView = {
  readonly stage: 'stage1' | 'stage2';
  readonly ready: boolean;
  readonly label: string;
  readonly blockers: readonly BlockerView[];
  readonly reasons: readonly string[];
};

export type DeductionView = {
  readonly area: string;
  readonly points: number;
  readonly check: string;
  readonly reason: string;
  readonly ref: string | null;
  readonly locations?: readonly ReadinessLocation[];
  readonly moreLocations?: number;
};

export type ReadinessView = {
  readonly asOf: string;
  readonly overall: number;
  readonly verdict: 'not-ready' | 'stage-1' | 'stage-2';
  readonly verdictLabel: string;
  readonly verdictReason: string;
  readonly areas: readonly {
    readonly id: string;
    readonly name: string;
    readonly score: number;
    readonly points: number;
    readonly max: number;
  }[];
  readonly blockers: readonly BlockerView[];
  readonly deductions: readonly DeductionView[];
  readonly stages?: { readonly stage1: StageView; readonly stage2: StageView };
  /** The next audit of the certification cycle and what is due before it (tblCertification). */
  readonly nextAudit?: {
    readonly milestone: string;
    readonly date: string;
    readonly daysLeft: number;
    readonly due: readonly string[];
  } | null;
};
