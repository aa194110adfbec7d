/**
 * The ISMS-level absences an auditor raises as a major nonconformity at Stage 1: no Statement
 * of Applicability (6.1.3 d), no documented risk methodology anywhere (6.1.2 a–b; a register
 * without one is METH-MISSING), no internal audit (9.2) or management review (9.3) performed.
 */
import type { IsmsWorkbook } from '../../model/types';
import { makeFinding } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineSetRule } from '../rule';
import {
  internalAuditRecorded,
  judgeable,
  managementReviewRecorded,
  setWhere,
  soaRecorded,
} from './records';

export const ismsNoSoa = defineSetRule({
  id: 'ISMS-NO-SOA',
  severity: 'major',
  clause: '6.1.3 d)',
  stage: 'stage1',
  check: ({ workbooks }) =>
    judgeable(workbooks) && !soaRecorded(workbooks)
      ? [makeFinding('ISMS-NO-SOA', setWhere(workbooks), RECORDS.noSoa(listedControls(workbooks)))]
      : [],
});

/** Distinct controls the set's SoAs list (two copies of one template list 93, not 186). */
function listedControls(workbooks: readonly IsmsWorkbook[]): number {
  const ids = new Set<string>();
  for (const w of workbooks)
    for (const e of w.soa ?? []) {
      const id = e.controlId ?? e.idText;
      if (id) ids.add(id);
    }
  return ids.size;
}

export const ismsNoMethodology = defineSetRule({
  id: 'ISMS-NO-METHODOLOGY',
  severity: 'major',
  clause: '6.1.2 a), b)',
  stage: 'stage1',
  check: ({ workbooks }) =>
    judgeable(workbooks) && workbooks.every((w) => !w.methodology && (w.risks?.length ?? 0) === 0)
      ? [makeFinding('ISMS-NO-METHODOLOGY', setWhere(workbooks), RECORDS.noMethodology())]
      : [],
});

export const ismsNoInternalAudit = defineSetRule({
  id: 'ISMS-NO-INTERNAL-AUDIT',
  severity: 'major',
  clause: '9.2',
  stage: 'stage1',
  check: ({ workbooks }) =>
    judgeable(workbooks) && !internalAuditRecorded(workbooks)
      ? [makeFinding('ISMS-NO-INTERNAL-AUDIT', setWhere(workbooks), RECORDS.noInternalAudit())]
      : [],
});

export const ismsNoManagementReview = defineSetRule({
  id: 'ISMS-NO-MANAGEMENT-REVIEW',
  severity: 'major',
  clause: '9.3',
  stage: 'stage1',
  check: ({ workbooks }) =>
    judgeable(workbooks) && !managementReviewRecorded(workbooks)
      ? [
          makeFinding(
            'ISMS-NO-MANAGEMENT-REVIEW',
            setWhere(workbooks),
            RECORDS.noManagementReview(),
          ),
        ]
      : [],
});
