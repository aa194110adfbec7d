import type { ReportLocation } from '../gaps/types';
import type { RuleId } from '../rule-id';
import type { StageId } from '../validation/rule';
import type { NextAudit } from '../cycle/next-audit';

export type { StageId } from '../validation/rule';

export type AreaId =
  | 'context'
  | 'leadership'
  | 'risk-assessment'
  | 'risk-treatment'
  | 'support'
  | 'operation'
  | 'performance'
  | 'improvement'
  | 'annex-a';

export type AreaScore = {
  readonly id: AreaId;
  readonly name: string;
  /** Points this area contributes to the overall 100. */
  readonly max: number;
  /** Points kept: max − Σ its deductions. */
  readonly points: number;
  /** 0–100: round(100 × points / max). */
  readonly score: number;
  /** Clauses assessed in this area. */
  readonly clauses: readonly string[];
};

/** One itemised loss of points. */
export type Deduction = {
  readonly area: AreaId;
  /** Overall points lost (an integer; Σ of all deductions = 100 − overall). */
  readonly points: number;
  /** Stable code of the check (docs/readiness.md), e.g. `CLAUSE-STATUS`, `RA-OWNER`. */
  readonly check: string;
  readonly reason: string;
  /** `Clause 6.1.2` or `A.8.8`, or null. */
  readonly ref: string | null;
  /** Cells the loss comes from (at most 20 listed; `moreLocations` counts the rest). */
  readonly locations: readonly ReportLocation[];
  readonly moreLocations: number;
};

/**
 * The historical ids (`no-methodology`, `no-soa`, `no-internal-audit`, `no-management-review`,
 * `open-major-nc`) for the rules that replace those checks; otherwise the rule id in lower case.
 */
export type BlockerId = string;

/** A major finding: what a certification auditor would raise as a major nonconformity. */
export type Blocker = {
  readonly id: BlockerId;
  /** The rule of the major finding this blocker is (same rule id, message and location). */
  readonly rule: RuleId;
  readonly reason: string;
  readonly ref: string;
  readonly locations: readonly ReportLocation[];
};

export type Verdict = 'not-ready' | 'stage-1' | 'stage-2';

export type StageReadiness = {
  readonly stage: StageId;
  readonly ready: boolean;
  /** "Ready for Stage 1" / "Not ready for Stage 1" */
  readonly label: string;
  /** Each is a major finding (same rule id, message and location). */
  readonly blockers: readonly Blocker[];
  /** One sentence per reason, blockers first. */
  readonly reasons: readonly string[];
};

export type Readiness = {
  readonly asOf: string;
  readonly workbooks: readonly string[];
  /** 0–100: Σ of the areas' points. */
  readonly overall: number;
  readonly areas: readonly AreaScore[];
  readonly deductions: readonly Deduction[];
  /** Every major finding of the set (validate's majors and check's), as blockers. */
  readonly blockers: readonly Blocker[];
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  /** One sentence: why this verdict. */
  readonly verdictReason: string;
  /** Verdict per audit stage: Stage 1 (documentation, planning), Stage 2 (implementation). */
  readonly stages: { readonly stage1: StageReadiness; readonly stage2: StageReadiness };
  /**
   * The next audit of the certification cycle (tblCertification), its date, the days left and
   * what must be done before it: open milestones, then the blockers of that stage. Null when the
   * workbooks plan no audit.
   */
  readonly nextAudit?: NextAudit | null;
  readonly thresholds: {
    readonly stage1: number;
    readonly stage2: number;
    readonly stage2MinArea: number;
  };
};
