/** The remediation roadmap's item (docs/gap-report.md, "Roadmap"). */
import type { Theme } from '../catalog/controls';
import type { EffortClass, RiskSeverity } from './types';

/** What a roadmap item remedies: a certification blocker, a nonconformity, a control the SoA excludes but a risk needs, a clause, an Annex A control. */
export type RoadmapKind = 'blocker' | 'nonconformity' | 'excluded-control' | 'clause' | 'control';

export type RoadmapItem = {
  readonly order: number;
  /**
   * 1: before Stage 1 — blockers, open major NCs, excluded-but-relied-on controls, nonconformant
   * clauses, and controls whose linked residual risk is above the acceptance threshold; 2: before
   * Stage 2 — other clause gaps, minor NCs, controls with other linked risks; 3: controls with no
   * linked risk (continual improvement).
   */
  readonly phase: 1 | 2 | 3;
  readonly kind: RoadmapKind;
  /** `A.5.15`, `Clause 9.3`, the NC id … */
  readonly ref: string;
  /** What to do, in one sentence. */
  readonly action: string;
  /** The 2022 control id for control and excluded-control items, else null. */
  readonly controlId: string | null;
  readonly title: string;
  readonly theme: Theme | null;
  readonly owner: string | null;
  /** Implementation status, clause status or NC type, as text. */
  readonly status: string | null;
  readonly worstResidual: RiskSeverity;
  readonly linkedRiskCount: number;
  /** Ids of the linked risks (`R-2`), not a count. */
  readonly linkedRisks: readonly string[];
  readonly effort: EffortClass;
  readonly personDays: number;
  /** The register's due date (NC due, or the earliest due date of the linked risks), else null. */
  readonly due: string | null;
  /** Scheduled window of the item's phase against the next audit dates; null without them. */
  readonly start: string | null;
  readonly finish: string | null;
  /** The register's due date falls after the audit the phase prepares. */
  readonly lateForAudit: boolean;
};
