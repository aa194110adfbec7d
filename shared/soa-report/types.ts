/** The formal Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d) as the soa-report export writes it. */
import type { ImplementationStatus } from '../model/types';
import type { Theme } from '../catalog/controls';
import type { ReportLocation } from '../gaps/types';

/** Document control of the SoA, from its row of tblDocuments (7.5.2, 7.5.3) when there is one. */
export type DocumentControl = {
  readonly workbook: string;
  readonly documentId: string | null;
  readonly title: string | null;
  readonly version: string | null;
  readonly owner: string | null;
  readonly approvedBy: string | null;
  readonly approvalDate: string | null;
  readonly nextReview: string | null;
  readonly location: ReportLocation;
};

export type SoaReportRow = {
  readonly controlId: string;
  readonly title: string;
  readonly theme: Theme;
  /** `Yes`, `No`, or `Not decided` when no SoA of the set decides the control. */
  readonly applicable: 'Yes' | 'No' | 'Not decided';
  readonly justification: string | null;
  readonly status: ImplementationStatus | null;
  readonly howImplemented: string | null;
  readonly evidence: string | null;
  readonly owner: string | null;
  /** Risk ids from the SoA's Linked Risks and from the registers' Annex A Controls. */
  readonly linkedRisks: readonly string[];
  readonly source: ReportLocation | null;
};

export type SoaReport = {
  readonly asOf: string;
  readonly workbooks: readonly string[];
  readonly documentControl: DocumentControl | null;
  readonly rows: readonly SoaReportRow[];
  readonly summary: {
    readonly controls: number;
    readonly applicable: number;
    readonly excluded: number;
    readonly undecided: number;
    readonly implemented: number;
    readonly withoutJustification: number;
  };
};
