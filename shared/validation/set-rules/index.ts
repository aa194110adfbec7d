/** Every ISMS-level rule (over the set of workbooks forming one ISMS), in docs/rules.md order. */
import { docMissing } from './doc-missing';
import {
  ismsNoInternalAudit,
  ismsNoManagementReview,
  ismsNoMethodology,
  ismsNoSoa,
} from './isms-absent';

export const SET_RULES = [
  ismsNoMethodology,
  ismsNoSoa,
  ismsNoInternalAudit,
  ismsNoManagementReview,
  docMissing,
] as const;
