/**
 * The ISMS workbook model (PRODUCT.md, "The canonical ISMS workbook"), produced from a
 * `WorkbookSnapshot` by `parseWorkbook` and consumed by validation, scoring, heat maps, gap
 * report and readiness. Raw cell values are kept where a rule must judge them (likelihood "high",
 * a stored score typed over a formula); parsed values sit beside them.
 */
import type { Cell } from '../grid/grid';

/** Where a record came from: sheet, 1-based Excel row, and the column letter of each field. */
export type SourceRef = {
  readonly sheet: string;
  readonly row: number;
  readonly columns: Readonly<Record<string, string>>;
};

export type ScaleLevel = {
  readonly level: number;
  readonly label: string;
  readonly description: string;
};

export type RatingBand = {
  readonly name: string;
  /** Inclusive score range. */
  readonly min: number;
  readonly max: number;
  /** `#RRGGBB`. */
  readonly color: string;
};

export type ScoreFormula = 'product' | 'sum' | 'matrix';

/** The documented risk assessment method (6.1.2). */
export type Methodology = {
  readonly likelihood: readonly ScaleLevel[];
  readonly impact: readonly ScaleLevel[];
  readonly formula: ScoreFormula;
  /** For `matrix`: score = matrix[likelihood - 1][impact - 1]. */
  readonly matrix: readonly (readonly number[])[] | null;
  /** Ordered from lowest to highest. */
  readonly bands: readonly RatingBand[];
  /** Risks scoring above this need risk-owner acceptance (6.1.3 f); the risk appetite. */
  readonly acceptanceThreshold: number;
};

export type TreatmentOption = 'modify' | 'retain' | 'avoid' | 'share';

export type Risk = {
  readonly ref: SourceRef;
  readonly id: string | null;
  readonly assetIds: readonly string[];
  readonly threat: string | null;
  readonly vulnerability: string | null;
  readonly description: string | null;
  readonly owner: string | null;
  readonly likelihood: Cell;
  readonly impact: Cell;
  readonly inherentScore: Cell;
  readonly inherentRating: Cell;
  readonly existingControls: string | null;
  /** As written; `treatmentOption` is its ISO/IEC 27005 reading or null. */
  readonly treatment: string | null;
  readonly treatmentOption: TreatmentOption | null;
  readonly treatmentPlan: string | null;
  /** Control references as written, one per entry (`A.5.15`, `9.2.3`). */
  readonly controls: readonly string[];
  readonly actionOwner: string | null;
  /** ISO date or null; `dueDateRaw` keeps what was in the cell. */
  readonly dueDate: string | null;
  readonly dueDateRaw: Cell;
  readonly status: string | null;
  readonly residualLikelihood: Cell;
  readonly residualImpact: Cell;
  readonly residualScore: Cell;
  readonly residualRating: Cell;
  readonly acceptedBy: string | null;
  readonly acceptanceDate: string | null;
  readonly lastReviewed: string | null;
};

export type ImplementationStatus =
  'Implemented' | 'Partially implemented' | 'Planned' | 'Not implemented';

export type SoaEntry = {
  readonly ref: SourceRef;
  /** The id as written (`A.5.15`, `5.15`); `controlId` is the normalised 2022 id when it is one. */
  readonly idText: string | null;
  readonly controlId: string | null;
  readonly title: string | null;
  readonly theme: string | null;
  /** null when the cell is blank or unreadable; `applicableRaw` keeps what was written. */
  readonly applicable: boolean | null;
  readonly applicableRaw: Cell;
  readonly justification: string | null;
  readonly status: ImplementationStatus | null;
  readonly statusRaw: Cell;
  readonly howImplemented: string | null;
  readonly evidence: string | null;
  readonly owner: string | null;
  readonly linkedRisks: readonly string[];
  readonly lastReviewed: string | null;
};

export type Asset = {
  readonly ref: SourceRef;
  readonly id: string | null;
  readonly name: string | null;
  readonly type: string | null;
  readonly owner: string | null;
  readonly location: string | null;
  readonly classification: string | null;
  readonly confidentiality: Cell;
  readonly integrity: Cell;
  readonly availability: Cell;
};

export type ClauseStatus = 'Conformant' | 'Partial' | 'Nonconformant' | 'Not assessed';

export type ClauseEntry = {
  readonly ref: SourceRef;
  readonly id: string | null;
  readonly title: string | null;
  readonly status: ClauseStatus | null;
  readonly statusRaw: Cell;
  readonly evidence: string | null;
  readonly owner: string | null;
  readonly notes: string | null;
};

export type AuditFindingType =
  'Major NC' | 'Minor NC' | 'Observation' | 'Opportunity for improvement';
export type AuditSource =
  'Internal audit' | 'Stage 1' | 'Stage 2' | 'Surveillance' | 'Management review' | 'Incident';

/** A row of tblFindings: an audit finding (not a validation finding). */
export type AuditFinding = {
  readonly ref: SourceRef;
  readonly id: string | null;
  readonly source: AuditSource | null;
  readonly sourceRaw: Cell;
  readonly type: AuditFindingType | null;
  readonly typeRaw: Cell;
  /** Clause (`9.2`) or control (`A.8.8`) reference as written. */
  readonly reference: string | null;
  readonly description: string | null;
  readonly rootCause: string | null;
  readonly correctiveAction: string | null;
  readonly owner: string | null;
  readonly raised: string | null;
  readonly due: string | null;
  readonly closed: string | null;
  readonly effectivenessVerified: boolean | null;
};

/** A row of tblDocuments: one piece of documented information (7.5). */
export type DocumentEntry = {
  readonly ref: SourceRef;
  readonly id: string | null;
  readonly title: string | null;
  /** Clause reference as written (`6.1.3 d)`). */
  readonly clause: string | null;
  readonly kind: string | null;
  readonly version: string | null;
  readonly owner: string | null;
  readonly approvedBy: string | null;
  readonly approvalDate: string | null;
  readonly nextReview: string | null;
  readonly location: string | null;
};

/** A row of tblObjectives (6.2). */
export type Objective = {
  readonly ref: SourceRef;
  readonly id: string | null;
  readonly objective: string | null;
  readonly measure: string | null;
  readonly target: Cell;
  readonly actual: Cell;
  readonly owner: string | null;
  readonly due: string | null;
  readonly status: string | null;
};

/** A row of tblReviews (9.3): an input covered or a decision taken at a management review. */
export type ReviewEntry = {
  readonly ref: SourceRef;
  readonly meetingDate: string | null;
  readonly attendees: string | null;
  readonly input: string | null;
  readonly decision: string | null;
  readonly owner: string | null;
  readonly due: string | null;
  readonly status: string | null;
};

/** A row of tblCertification: one milestone of the certification cycle. */
export type Milestone = {
  readonly ref: SourceRef;
  readonly milestone: string | null;
  readonly planned: string | null;
  readonly actual: string | null;
  readonly status: string | null;
  readonly body: string | null;
  readonly auditor: string | null;
  readonly notes: string | null;
};

/** One workbook read into the model. A part is null when the workbook has no such table. */
export type IsmsWorkbook = {
  readonly name: string;
  readonly methodology: Methodology | null;
  /** Where the methodology was read from (for findings), null when absent. */
  readonly methodologySheet: string | null;
  readonly assets: readonly Asset[] | null;
  readonly risks: readonly Risk[] | null;
  readonly soa: readonly SoaEntry[] | null;
  readonly clauses: readonly ClauseEntry[] | null;
  readonly auditFindings: readonly AuditFinding[] | null;
  /** Optional so older snapshots and fixtures stay valid; absent means "no such table". */
  readonly documents?: readonly DocumentEntry[] | null;
  readonly objectives?: readonly Objective[] | null;
  readonly reviews?: readonly ReviewEntry[] | null;
  readonly certification?: readonly Milestone[] | null;
};
