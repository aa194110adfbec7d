/** Every single-workbook rule, in the order docs/rules.md lists them. */
import type { Rule } from '../rule';
import { methInvalid } from './meth-invalid';
import { methMissing } from './meth-missing';
import { mrActionOverdue } from './mr-action-overdue';
import { mrNoReview } from './mr-no-review';
import { objNoMeasure } from './obj-no-measure';
import { rrAcceptanceMissing } from './rr-acceptance-missing';
import { rrControlExcluded } from './rr-control-excluded';
import { rrDupId } from './rr-dup-id';
import { rrNoControls } from './rr-no-controls';
import { rrOverdue } from './rr-overdue';
import { rrRequired } from './rr-required';
import { rrResidualHigher } from './rr-residual-higher';
import { rrScale } from './rr-scale';
import { rrScoreMismatch } from './rr-score-mismatch';
import { rrTreatmentInvalid } from './rr-treatment-invalid';
import { rrUnknownControl } from './rr-unknown-control';
import { soaMissingControl } from './soa-missing-control';
import { soaNoDecision } from './soa-no-decision';
import { soaNoEvidence } from './soa-no-evidence';
import { soaNoJustification } from './soa-no-justification';
import { soaNoStatus } from './soa-no-status';
import { soaTitleMismatch } from './soa-title-mismatch';
import { soaUnknownControl } from './soa-unknown-control';
import { wbNoIsmsTables } from './wb-no-isms-tables';

export const RULES: readonly Rule[] = [
  wbNoIsmsTables,
  methMissing,
  methInvalid,
  rrRequired,
  rrDupId,
  rrScale,
  rrScoreMismatch,
  rrResidualHigher,
  rrTreatmentInvalid,
  rrNoControls,
  rrUnknownControl,
  rrControlExcluded,
  rrAcceptanceMissing,
  rrOverdue,
  soaMissingControl,
  soaUnknownControl,
  soaNoDecision,
  soaNoJustification,
  soaNoStatus,
  soaNoEvidence,
  soaTitleMismatch,
  objNoMeasure,
  mrNoReview,
  mrActionOverdue,
];
