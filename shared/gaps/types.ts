import type { HeatMap, ThemeProgress } from '../model/assessment';
import type {
  AuditFindingType,
  ClauseStatus,
  ImplementationStatus,
  Methodology,
} from '../model/types';
import type { ConsolidatedRisk, Rescaling } from '../cross/types';
import type { Theme } from '../catalog/controls';
import type { Finding, FindingSummary } from '../validation/finding';
import type { Verdict } from '../readiness/types';
import type { AuditDates } from './schedule';

/** A cell the report points back to. */
export type ReportLocation = {
  readonly workbook: string;
  readonly sheet: string;
  readonly cell: string | null;
  readonly row: number | null;
};

/** One of the 30 assessable clauses (4.1 … 10.2) as the set of workbooks records it. */
export type ClauseRow = {
  readonly id: string;
  readonly title: string;
  /** Top-level clause heading, `6 Planning`. */
  readonly section: string;
  /** `Not assessed` also when no tblClauses row names the clause (`recorded` false). */
  readonly status: ClauseStatus;
  readonly recorded: boolean;
  readonly evidence: string | null;
  readonly owner: string | null;
  readonly notes: string | null;
  readonly source: ReportLocation | null;
};

export type EffortClass = 'Low' | 'Medium' | 'High';

export type Effort = {
  readonly class: EffortClass;
  /** 1–5: theme weight + extra operational capabilities (docs/gap-report.md). */
  readonly points: number;
  readonly reason: string;
  /** Person-days still needed, given the current implementation status. */
  readonly personDays: number;
  /** Where the days come from: the catalog model, the per-control calibration, or the workbook (tblEffort). */
  readonly basis: 'model' | 'calibrated' | 'workbook';
  /** Person-days to select and deploy the tool the control needs (0 when none). */
  readonly toolingDays: number;
  readonly tool: string | null;
};

export type LinkedRisk = {
  readonly workbook: string;
  readonly id: string;
  /** `soa`: listed in the SoA's Linked Risks; `register`: the risk lists the control; `both`. */
  readonly via: 'soa' | 'register' | 'both';
  /** On the consolidated method; null when the risk is not in any register of the set. */
  readonly residualScore: number | null;
  readonly residualRating: string | null;
  readonly residualColor: string | null;
  readonly residualRank: number;
};

export type RiskSeverity = {
  readonly rating: string | null;
  readonly score: number | null;
  readonly color: string | null;
  /** Band index, higher is worse; -1 when no rated risk is linked. */
  readonly rank: number;
};

/** An applicable control that is not fully implemented. */
export type ControlGap = {
  readonly controlId: string;
  readonly title: string;
  readonly theme: Theme;
  /** null when the SoA gives no implementation status. */
  readonly status: ImplementationStatus | null;
  readonly owner: string | null;
  readonly source: ReportLocation | null;
  readonly linkedRisks: readonly LinkedRisk[];
  readonly worstResidual: RiskSeverity;
  readonly effort: Effort;
};

export type { RoadmapItem, RoadmapKind } from './roadmap-types';
import type { RoadmapItem } from './roadmap-types';

export type CountLine = { readonly key: string; readonly count: number };

export type ResourceLine = {
  readonly key: string;
  readonly gaps: number;
  readonly personDays: number;
};

export type ResourceEstimate = {
  /** Person-days per gap of each class: full for not started, half (rounded up) for partial. */
  readonly rates: Readonly<
    Record<EffortClass, { readonly full: number; readonly partial: number }>
  >;
  readonly byClass: readonly ResourceLine[];
  readonly byTheme: readonly ResourceLine[];
  readonly byOwner: readonly ResourceLine[];
  /** The control gaps' implementation days (the Annex A line). */
  readonly total: ResourceLine;
  /**
   * The whole estimate by line: `Clause work` (clause gaps, blockers, nonconformities, SoA
   * decisions), `Controls`, `Tooling`, `Consultancy` (a share of the internal days); `gaps`
   * counts the items of each line.
   */
  readonly lines: readonly ResourceLine[];
  readonly consultancyShare: number;
  readonly grandTotal: number;
};

/** A theme's SoA counts as soaProgress gives them (shared/soa), with what the report adds. */
export type ThemeImplementation = Omit<ThemeProgress, 'withEvidence'> & {
  /** Applicable controls with no implementation status. */
  readonly noStatus: number;
  /** Implemented ÷ applicable, 0–100, rounded; null when nothing is applicable. */
  readonly percentImplemented: number | null;
};

export type OpenAuditFinding = {
  readonly id: string | null;
  readonly type: AuditFindingType | null;
  readonly source: string | null;
  readonly reference: string | null;
  readonly description: string | null;
  readonly owner: string | null;
  readonly due: string | null;
  readonly overdue: boolean;
  readonly location: ReportLocation;
};

/** Inputs to the management review (ISO/IEC 27001:2022 9.3.2). */
export type ManagementReview = {
  readonly topRisks: readonly ConsolidatedRisk[];
  readonly treatment: {
    readonly risks: number;
    readonly byStatus: readonly CountLine[];
    readonly byOption: readonly CountLine[];
    readonly overdue: readonly {
      readonly workbook: string;
      readonly id: string | null;
      readonly due: string;
      readonly location: ReportLocation;
    }[];
    readonly aboveThreshold: number;
  };
  readonly soa: {
    readonly byTheme: readonly ThemeImplementation[];
    readonly total: ThemeImplementation;
  } | null;
  readonly auditFindings: {
    readonly open: readonly OpenAuditFinding[];
    readonly byType: readonly CountLine[];
    readonly overdue: number;
  };
};

export type GapSummary = {
  readonly workbooks: number;
  readonly risks: number;
  readonly clauses: Readonly<Record<ClauseStatus, number>>;
  readonly applicableControls: number;
  readonly implementedControls: number;
  readonly controlGaps: number;
  readonly personDays: number;
  readonly openAuditFindings: number;
  readonly crossFindings: number;
  /** Every line of the estimate (clause work, controls, tooling, consultancy). */
  readonly totalPersonDays: number;
  /** Validation findings of the set (single-workbook rules and XWB- rules). */
  readonly findings: FindingSummary;
};

/** The readiness score the report quotes (shared/readiness, docs/readiness.md). */
export type GapReadiness = {
  readonly overall: number;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly verdictReason: string;
  readonly areas: readonly { readonly name: string; readonly score: number }[];
  readonly blockers: readonly string[];
};

export type GapReport = {
  readonly asOf: string;
  readonly workbooks: readonly string[];
  readonly summary: GapSummary;
  readonly clauses: readonly ClauseRow[];
  readonly controlGaps: readonly ControlGap[];
  readonly roadmap: readonly RoadmapItem[];
  readonly resources: ResourceEstimate;
  /** The method risks are shown on, whose workbook, and how the others were rescaled. */
  readonly methodology: Methodology | null;
  readonly methodologySource: string | null;
  readonly rescaling: readonly Rescaling[];
  readonly heatMaps: { readonly inherent: HeatMap; readonly residual: HeatMap } | null;
  readonly managementReview: ManagementReview;
  /** Validation findings: each workbook's rules, then the cross-workbook rules. */
  readonly findings: readonly Finding[];
  readonly readiness: GapReadiness;
  /** The audit dates the roadmap is scheduled against (tblCertification), or null. */
  readonly nextAudit: AuditDates | null;
};
