/**
 * The registry of single-workbook rules, in the order docs/rules.md lists them. Adding a rule:
 * one module (`defineRule({ id, severity, clause, stage, check })`), one line here, its sentence
 * in the domain's messages file, its test and its docs/rules.md entry. `WorkbookRuleId` is
 * derived from this list, so a rule missing from it has no id, severity or message.
 */
import { asNoOwner } from './as-no-owner';
import { certAuditOverdue } from './cert-audit-overdue';
import { certMajorNcOpen } from './cert-major-nc-open';
import { certMinorNcPlan } from './cert-minor-nc-plan';
import { certStage1Prereq } from './cert-stage1-prereq';
import { certStageGap } from './cert-stage-gap';
import { clContradicted } from './cl-contradicted';
import { docReviewOverdue } from './doc-review-overdue';
import { docUnapproved } from './doc-unapproved';
import { methBandColour } from './meth-band-colour';
import { mrActionOverdue } from './mr-action-overdue';
import { mrNoReview } from './mr-no-review';
import { methInvalid } from './meth-invalid';
import { methMissing } from './meth-missing';
import { ncDueLong } from './nc-due-long';
import { ncMajorOpen } from './nc-major-open';
import { ncMajorUnmanaged } from './nc-major-unmanaged';
import { ncNoRootCause } from './nc-no-root-cause';
import { ncNotVerified } from './nc-not-verified';
import { ncOverdue } from './nc-overdue';
import { objNoMeasure } from './obj-no-measure';
import { rrAcceptanceBy } from './rr-acceptance-by';
import { rrAcceptanceExpired } from './rr-acceptance-expired';
import { rrAcceptanceMissing } from './rr-acceptance-missing';
import { rrControlExcluded } from './rr-control-excluded';
import { rrDupId } from './rr-dup-id';
import { rrModifyNoAction } from './rr-modify-no-action';
import { rrNoControls } from './rr-no-controls';
import { rrOverdue } from './rr-overdue';
import { rrRequired } from './rr-required';
import { rrResidualHigher } from './rr-residual-higher';
import { rrResidualUnchanged } from './rr-residual-unchanged';
import { rrReviewStale } from './rr-review-stale';
import { rrScale } from './rr-scale';
import { rrScoreMismatch } from './rr-score-mismatch';
import { rrTreatedNotImplemented } from './rr-treated-not-implemented';
import { rrTreatmentInvalid } from './rr-treatment-invalid';
import { rrUnknownControl } from './rr-unknown-control';
import { soaBoilerplateJustification } from './soa-boilerplate-justification';
import { soaExcludedCommon } from './soa-excluded-common';
import { soaLinkedRiskUnknown } from './soa-linked-risk-unknown';
import { soaMissingControl } from './soa-missing-control';
import { soaNoDecision } from './soa-no-decision';
import { soaNoEvidence } from './soa-no-evidence';
import { soaNoJustification } from './soa-no-justification';
import { soaNoStatus } from './soa-no-status';
import { soaNotImplemented } from './soa-not-implemented';
import { soaReviewStale } from './soa-review-stale';
import { soaRiskControlNotImplemented } from './soa-risk-control-not-implemented';
import { soaTitleMismatch } from './soa-title-mismatch';
import { soaUnknownControl } from './soa-unknown-control';
import { wbNoIsmsTables } from './wb-no-isms-tables';

export const RULES = [
  wbNoIsmsTables,
  methMissing,
  methInvalid,
  methBandColour,
  rrRequired,
  rrDupId,
  rrScale,
  rrScoreMismatch,
  rrResidualHigher,
  rrResidualUnchanged,
  rrTreatmentInvalid,
  rrNoControls,
  rrModifyNoAction,
  rrUnknownControl,
  rrControlExcluded,
  rrAcceptanceMissing,
  rrAcceptanceBy,
  rrAcceptanceExpired,
  rrOverdue,
  rrTreatedNotImplemented,
  rrReviewStale,
  soaMissingControl,
  soaUnknownControl,
  soaNoDecision,
  soaNoJustification,
  soaBoilerplateJustification,
  soaExcludedCommon,
  soaNoStatus,
  soaNotImplemented,
  soaRiskControlNotImplemented,
  soaNoEvidence,
  soaTitleMismatch,
  soaLinkedRiskUnknown,
  soaReviewStale,
  asNoOwner,
  clContradicted,
  ncNoRootCause,
  ncDueLong,
  ncOverdue,
  ncNotVerified,
  ncMajorUnmanaged,
  ncMajorOpen,
  docUnapproved,
  docReviewOverdue,
  certStage1Prereq,
  certStageGap,
  certMinorNcPlan,
  certMajorNcOpen,
  certAuditOverdue,
  objNoMeasure,
  mrNoReview,
  mrActionOverdue,
] as const;
