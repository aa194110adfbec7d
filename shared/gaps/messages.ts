/** The sentences the gap report's roadmap writes. */

export const GAP_TEXT = {
  blockerTitle: (ref: string) => `Certification blocker (${ref})`,
  closeNc: (reference: string | null) =>
    `Correct the nonconformity${reference ? ` on ${reference}` : ''}, record the corrective action and verify its effectiveness (10.2).`,
  excluded: (control: string, risks: readonly string[]) =>
    `Include A.${control} in the SoA, or change the treatment of ${risks.join(', ')}: the SoA excludes a control the risk treatment relies on (6.1.3 d).`,
  clause: (id: string, status: string) =>
    status === 'Not assessed'
      ? `Assess clause ${id} and record its evidence.`
      : `Bring clause ${id} to conformance (recorded ${status}) and reference its evidence.`,
  control: (id: string, status: string | null) =>
    `${status === 'Partially implemented' ? 'Complete' : 'Implement'} A.${id} and reference its evidence.`,
  noRecentReview: (last: string | null) =>
    last
      ? `No management review in the 12 months before the report date (last recorded ${last}) (9.3).`
      : 'No management review meeting is recorded in tblReviews (9.3).',
};
