/**
 * The messages file keyed by rule id: for every rule of the registries, the sentence builders
 * its findings use. `satisfies Record<ValidationRuleId, …>` makes a rule without a message (or a
 * message without a rule) a compile error.
 */
import { ESCALATED, METH, PARSE, RR, SOA } from './messages';
import { CERT } from './messages-cycle';
import { RECORDS } from './messages-records';
import { MR, OBJ } from './messages-review';
import { TREAT } from './messages-treatment';
import type { ValidationRuleId } from './rule-id';

type Sentences = Readonly<Record<string, (...args: never[]) => string>>;

export const RULE_MESSAGES = {
  'WB-NO-ISMS-TABLES': { noTables: PARSE.noTables },
  'WB-MISSING-COLUMN': { missingColumn: PARSE.missingColumn },
  'CSV-MALFORMED-ROW': {},
  // Sentences in readers/ (ooxml/package-findings.ts, snapshot-checks.ts), as CSV-MALFORMED-ROW's.
  'WB-DUPLICATE-SHEET': {},
  'WB-DUPLICATE-TABLE': {},
  'WB-DUPLICATE-CELL': {},
  'WB-MISSING-PART': {},
  'IMPORT-MIXED-NUMBERING': {},
  'IMPORT-MISSING-CONTROLS': {},
  'METH-MISSING': { missing: METH.missing },
  'METH-INVALID': { invalid: METH.invalid, detail: METH.detail },
  'METH-BAND-COLOUR': { bandColour: METH.bandColour },
  'RR-REQUIRED': { required: RR.required },
  'RR-DUP-ID': { dupId: RR.dupId },
  'RR-SCALE': { scale: RR.scale },
  'RR-SCORE-MISMATCH': { scoreMismatch: RR.scoreMismatch },
  'RR-RESIDUAL-HIGHER': { residualHigher: RR.residualHigher },
  'RR-RESIDUAL-UNCHANGED': { residualUnchanged: TREAT.residualUnchanged },
  'RR-TREATMENT-INVALID': { treatmentInvalid: RR.treatmentInvalid },
  'RR-NO-CONTROLS': { noControls: RR.noControls },
  'RR-MODIFY-NO-ACTION': { modifyNoAction: TREAT.modifyNoAction },
  'RR-UNKNOWN-CONTROL': { control2013: RR.control2013, controlUnknown: RR.controlUnknown },
  'RR-CONTROL-EXCLUDED': { controlExcluded: RR.controlExcluded },
  'RR-ACCEPTANCE-MISSING': { acceptanceMissing: RR.acceptanceMissing, escalated: ESCALATED },
  'RR-ACCEPTANCE-BY': { acceptanceBy: TREAT.acceptanceBy },
  'RR-ACCEPTANCE-EXPIRED': { acceptanceExpired: TREAT.acceptanceExpired },
  'RR-OVERDUE': { overdue: RR.overdue },
  'RR-TREATED-NOT-IMPLEMENTED': { treatedNotImplemented: TREAT.treatedNotImplemented },
  'RR-REVIEW-STALE': { reviewStale: TREAT.reviewStale },
  'SOA-MISSING-CONTROL': { missingControl: SOA.missingControl },
  'SOA-UNKNOWN-CONTROL': {
    noId: SOA.noId,
    unknownId: SOA.unknownId,
    id2013: SOA.id2013,
    duplicate: SOA.duplicate,
  },
  'SOA-NO-DECISION': { noDecision: SOA.noDecision },
  'SOA-NO-JUSTIFICATION': { noJustification: SOA.noJustification, escalated: ESCALATED },
  'SOA-BOILERPLATE-JUSTIFICATION': { boilerplate: TREAT.boilerplate },
  'SOA-EXCLUDED-COMMON': { excludedCommon: TREAT.excludedCommon },
  'SOA-NO-STATUS': { noStatus: SOA.noStatus },
  'SOA-NOT-IMPLEMENTED': { notImplemented: TREAT.notImplemented, escalated: ESCALATED },
  'SOA-RISK-CONTROL-NOT-IMPLEMENTED': {
    riskControlNotImplemented: TREAT.riskControlNotImplemented,
  },
  'SOA-NO-EVIDENCE': { noEvidence: SOA.noEvidence },
  'SOA-TITLE-MISMATCH': { titleMismatch: SOA.titleMismatch },
  'SOA-LINKED-RISK-UNKNOWN': { linkedUnknown: TREAT.linkedUnknown },
  'SOA-REVIEW-STALE': { reviewStale: TREAT.reviewStale },
  'AS-NO-OWNER': { assetNoOwner: RECORDS.assetNoOwner },
  'CL-CONTRADICTED': {
    conformant: RECORDS.clauseConformantContradicted,
    nonconformant: RECORDS.clauseNonconformantContradicted,
  },
  'NC-NO-ROOT-CAUSE': { ncNoRootCause: RECORDS.ncNoRootCause },
  'NC-DUE-LONG': { ncDueLong: RECORDS.ncDueLong },
  'NC-OVERDUE': { ncOverdue: RECORDS.ncOverdue },
  'NC-NOT-VERIFIED': { ncNotVerified: RECORDS.ncNotVerified },
  'NC-MAJOR-UNMANAGED': { ncMajorUnmanaged: RECORDS.ncMajorUnmanaged },
  'NC-MAJOR-OPEN': { ncMajorOpen: RECORDS.ncMajorOpen },
  'DOC-UNAPPROVED': { docUnapproved: RECORDS.docUnapproved },
  'DOC-REVIEW-OVERDUE': { docReviewOverdue: RECORDS.docReviewOverdue },
  'DOC-MISSING': { docMissing: RECORDS.docMissing },
  'ISMS-NO-METHODOLOGY': { noMethodology: RECORDS.noMethodology },
  'ISMS-NO-SOA': { noSoa: RECORDS.noSoa },
  'ISMS-NO-INTERNAL-AUDIT': { noInternalAudit: RECORDS.noInternalAudit },
  'ISMS-NO-MANAGEMENT-REVIEW': { noManagementReview: RECORDS.noManagementReview },
  'CERT-STAGE1-PREREQ': {
    prereqLate: CERT.prereqLate,
    prereqPlannedLate: CERT.prereqPlannedLate,
    prereqOpen: CERT.prereqOpen,
    prereqSkipped: CERT.prereqSkipped,
  },
  'CERT-STAGE-GAP': { stageGap: CERT.stageGap },
  'CERT-MINOR-NC-PLAN': { minorNoPlan: CERT.minorNoPlan },
  'CERT-MAJOR-NC-OPEN': { majorOpen: CERT.majorOpen },
  'CERT-AUDIT-OVERDUE': { auditOverdue: CERT.auditOverdue, expired: CERT.expired },
  'OBJ-NO-MEASURE': { noMeasure: OBJ.noMeasure },
  'MR-NO-REVIEW': { noReview: MR.noReview },
  'MR-ACTION-OVERDUE': { actionOverdue: MR.actionOverdue },
} as const satisfies Record<ValidationRuleId, Sentences>;
