/**
 * The part of the readiness response (shared/readiness, POST /api/readiness) the task pane shows.
 * A structural subset, so the pane keeps working if the report gains fields.
 */
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
  readonly blockers: readonly {
    readonly id: string;
    readonly reason: string;
    readonly ref: string;
  }[];
  readonly deductions: readonly {
    readonly area: string;
    readonly points: number;
    readonly check: string;
    readonly reason: string;
    readonly ref: string | null;
  }[];
};
