/** Sentences of the record checks: assets, audit findings, documents, clause statuses, the ISMS. */
const STD = 'ISO/IEC 27001:2022';

export const RECORDS = {
  assetNoOwner: (asset: string) =>
    `Asset ${asset} has no owner; inventoried assets need an owner (${STD} Annex A 5.9).`,
  ncDueLong: (nc: string, days: number) =>
    `Minor nonconformity ${nc} is due ${days} days after it was raised; corrective action is ` +
    `expected within 90 days (${STD} 10.2 c).`,
  ncNoRootCause: (nc: string) =>
    `Nonconformity ${nc} records no root cause; its causes must be determined (${STD} 10.2 b).`,
  ncNotVerified: (nc: string) =>
    `Nonconformity ${nc} is closed without verified effectiveness of the corrective action ` +
    `(${STD} 10.2 d).`,
  ncOverdue: (nc: string, due: string, asOf: string) =>
    `The corrective action for ${nc} was due on ${due} and is still open on ${asOf} (${STD} 10.2 c).`,
  ncMajorOpen: (nc: string, closed: boolean) =>
    `Major nonconformity ${nc} is ${closed ? 'closed but its correction is not verified as effective' : 'open'}; ` +
    `certification needs it closed and verified (${STD} 10.2).`,
  ncMajorUnmanaged: (nc: string, missing: string) =>
    `Major nonconformity ${nc} is open with no ${missing}; it must be reacted to and corrected ` +
    `(${STD} 10.2 a), c).`,
  clauseConformantContradicted: (clause: string, why: string) =>
    `Clause ${clause} is recorded Conformant, but ${why}; the self-assessment must match the ` +
    `workbook (${STD} 9.1).`,
  clauseNonconformantContradicted: (clause: string, ncs: string) =>
    `Clause ${clause} is recorded Nonconformant, but the nonconformit${ncs.includes(',') ? 'ies' : 'y'} ` +
    `against it (${ncs}) are closed and verified; update the clause status (${STD} 9.1).`,
  controlPlanned: (control: string, status: string) => `${control} is "${status}"`,
  openNc: (nc: string) => `nonconformity ${nc} against it is open`,
  docUnapproved: (doc: string) =>
    `Document ${doc} has no approval (Approved By and Approval Date); documented information is ` +
    `reviewed and approved for suitability (${STD} 7.5.2 c).`,
  docReviewOverdue: (doc: string, due: string, asOf: string) =>
    `Document ${doc} was due for review on ${due} and is not reviewed on ${asOf} (${STD} 7.5.2, 7.5.3).`,
  docMissing: (item: string, clause: string) =>
    `The documents register lists no "${item}"; it is mandatory documented information ` +
    `(${STD} ${clause}).`,
  noSoa: (listed: number) =>
    listed > 0
      ? `The Statement of Applicability lists ${listed} controls but decides none: no control is ` +
        `marked applicable or excluded, so the necessary controls and the justification of ` +
        `inclusions and exclusions are not yet documented (${STD} 6.1.3 d).`
      : `No Statement of Applicability: the necessary controls and the justification of ` +
        `inclusions and exclusions are not documented (${STD} 6.1.3 d).`,
  noMethodology: () =>
    `No documented risk assessment methodology (risk criteria, scales, acceptance criteria) ` +
    `(${STD} 6.1.2 a), b).`,
  noInternalAudit: () =>
    `No internal audit record: neither clause 9.2 evidence nor any finding from an internal audit ` +
    `(${STD} 9.2).`,
  noManagementReview: () =>
    `No management review record: neither clause 9.3 evidence, a review meeting, nor any finding ` +
    `from a management review (${STD} 9.3).`,
};
