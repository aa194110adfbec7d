/** The risk treatment plan (ISO/IEC 27001:2022 6.1.3 e, 8.3) as the treatment-plan export writes it. */
import type { ImplementationStatus } from '../model/types';
import type { ReportLocation } from '../gaps/types';

/** A control a risk's treatment relies on, with what the SoA of the set says about it. */
export type PlannedControl = {
  /** 2022 id (`5.15`) when the reference is one, else the text as written. */
  readonly id: string;
  readonly title: string | null;
  /** null when no SoA of the set decides the control. */
  readonly applicable: boolean | null;
  readonly status: ImplementationStatus | null;
};

export type TreatmentRow = {
  readonly workbook: string;
  /** `row 12` when the risk has no id. */
  readonly riskId: string;
  readonly description: string | null;
  readonly riskOwner: string | null;
  readonly treatment: string | null;
  readonly inherentScore: number | null;
  readonly inherentRating: string | null;
  readonly controls: readonly PlannedControl[];
  /** The treatment plan's actions as written. */
  readonly actions: string | null;
  readonly actionOwner: string | null;
  readonly due: string | null;
  readonly status: string | null;
  readonly residualScore: number | null;
  readonly residualRating: string | null;
  readonly residualColor: string | null;
  /** The residual (inherent when no residual is recorded) is above the acceptance threshold. */
  readonly aboveThreshold: boolean;
  /** Risk-owner approval of the plan and of the residual risk (6.1.3 f). */
  readonly approvedBy: string | null;
  readonly approvalDate: string | null;
  readonly overdue: boolean;
  /** No action owner is named. */
  readonly unowned: boolean;
  readonly location: ReportLocation;
};

export type TreatmentPlan = {
  readonly asOf: string;
  readonly workbooks: readonly string[];
  /** The consolidated method's threshold; null without a documented methodology. */
  readonly acceptanceThreshold: number | null;
  readonly rows: readonly TreatmentRow[];
  readonly summary: {
    readonly risks: number;
    readonly inPlan: number;
    readonly aboveThreshold: number;
    readonly overdue: number;
    readonly unowned: number;
    readonly unapproved: number;
  };
};
