/** The management review pack (ISO/IEC 27001:2022 9.3): what the review-pack export writes. */
import type { HeatMap } from '../model/assessment';
import type { AuditFindingType, ClauseStatus, RatingBand } from '../model/types';
import type { ConsolidatedRisk } from '../cross/types';
import type { ManagementReview, ReportLocation } from '../gaps/types';
import type { Verdict } from '../readiness/types';
import type { ChangeItem } from '../diff/change-item';

/** The 9.3.2 input a review row covers: `a` … `g`, or null when its text does not say. */
export type InputLetter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';

/** A row of tblReviews as the pack lists it. */
export type ReviewItem = {
  readonly meetingDate: string | null;
  readonly input: string | null;
  readonly letter: InputLetter | null;
  readonly decision: string | null;
  readonly owner: string | null;
  readonly due: string | null;
  readonly status: string | null;
  /** Due before asOf and not Done or Cancelled. */
  readonly overdue: boolean;
  readonly location: ReportLocation;
};

/** A clause register row (4.1, 4.2, 9.1, 9.2, 10.1 …) as the pack quotes it. */
export type ClauseItem = {
  readonly clause: string;
  readonly title: string;
  readonly status: ClauseStatus;
  readonly evidence: string | null;
  readonly notes: string | null;
  readonly owner: string | null;
};

export type NcItem = {
  readonly id: string | null;
  readonly type: AuditFindingType | null;
  readonly source: string | null;
  readonly reference: string | null;
  readonly description: string | null;
  readonly correctiveAction: string | null;
  readonly owner: string | null;
  readonly due: string | null;
  readonly closed: string | null;
  readonly state: 'Open' | 'Overdue' | 'Closed' | 'Closed and verified';
  readonly location: ReportLocation;
};

export type ObjectiveItem = {
  readonly id: string | null;
  readonly objective: string | null;
  readonly measure: string | null;
  readonly target: string | null;
  readonly actual: string | null;
  readonly owner: string | null;
  readonly due: string | null;
  readonly status: string | null;
  /** No measure or no target: progress cannot be evaluated (6.2 b, 9.1). */
  readonly unmeasured: boolean;
  readonly overdue: boolean;
  readonly location: ReportLocation;
};

export type DecisionCategory =
  'risk' | 'nonconformity' | 'action' | 'objective' | 'change' | 'resources' | 'improvement';

/** A decision the meeting is asked to take (9.3.3), with where the need comes from. */
export type DecisionItem = {
  readonly category: DecisionCategory;
  readonly text: string;
  /** Risk id, NC id, clause, control … */
  readonly ref: string | null;
};

export type StageReadiness = {
  readonly stage: 'Stage 1' | 'Stage 2';
  readonly ready: boolean;
  readonly threshold: number;
};

export type ReviewPack = {
  readonly asOf: string;
  readonly workbooks: readonly string[];
  readonly summary: {
    readonly readiness: {
      readonly overall: number;
      readonly verdict: Verdict;
      readonly verdictLabel: string;
      readonly verdictReason: string;
      readonly stages: readonly StageReadiness[];
      readonly blockers: readonly string[];
    };
    readonly topRisks: readonly ConsolidatedRisk[];
    readonly decisionsNeeded: readonly DecisionItem[];
    readonly lastReview: string | null;
    /** The next audit of the certification cycle and what is due before it (readiness). */
    readonly nextAudit: {
      readonly milestone: string;
      readonly date: string;
      readonly daysLeft: number;
      readonly due: readonly string[];
    } | null;
  };
  /** 9.3.2 a) */
  readonly previousActions: readonly ReviewItem[];
  /** 9.3.2 b) and c); `sinceLastReview` null when no previous review was supplied. */
  readonly changes: {
    readonly issues: readonly ClauseItem[];
    readonly parties: readonly ClauseItem[];
    readonly inputs: readonly ReviewItem[];
    readonly sinceLastReview: readonly ChangeItem[] | null;
  };
  /** 9.3.2 d) 1)–4) */
  readonly performance: {
    readonly nonconformities: readonly NcItem[];
    readonly monitoring: readonly ClauseItem[];
    readonly areas: readonly { readonly name: string; readonly score: number }[];
    readonly audits: readonly ClauseItem[];
    readonly auditFindings: readonly NcItem[];
    readonly objectives: readonly ObjectiveItem[];
  };
  /** 9.3.2 e) */
  readonly feedback: readonly ReviewItem[];
  /** 9.3.2 f) */
  readonly risk: {
    readonly heatMaps: { readonly inherent: HeatMap; readonly residual: HeatMap } | null;
    readonly treatment: ManagementReview['treatment'];
    readonly acceptanceThreshold: number | null;
    /** The consolidated method's rating bands, for the heat maps' legend. */
    readonly bands: readonly RatingBand[];
  };
  /** 9.3.2 g) */
  readonly improvement: {
    readonly opportunities: readonly NcItem[];
    readonly inputs: readonly ReviewItem[];
    readonly clauses: readonly ClauseItem[];
  };
  /** 9.3.3: decisions proposed to the meeting, and the person-days the open gaps need. */
  readonly decisions: readonly DecisionItem[];
  readonly gapPersonDays: number;
};
