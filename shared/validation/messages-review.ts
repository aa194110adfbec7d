/** The sentences of the objectives (6.2) and management review (9.3) rules. */

const STD = 'ISO/IEC 27001:2022';

export const OBJ = {
  noMeasure: (objective: string, noMeasure: boolean, noTarget: boolean) =>
    `Objective ${objective} has ${noMeasure && noTarget ? 'neither a measure nor a target' : noMeasure ? 'no measure' : 'no target'}, ` +
    `so whether it is achieved cannot be evaluated; objectives must be measurable and their results evaluated (${STD} 6.2 b) and 6.2 k).`,
};

export const MR = {
  actionOverdue: (
    action: string,
    meeting: string | null,
    due: string,
    status: string | null,
    asOf: string,
  ) =>
    `Management review action "${action.length > 80 ? `${action.slice(0, 79)}…` : action}"` +
    `${meeting ? ` (review of ${meeting})` : ''} was due on ${due} and is still ` +
    `${status === null ? 'open (no status)' : `"${status}"`} on ${asOf}; the next review must consider the status of ` +
    `actions from previous reviews (${STD} 9.3.2 a), 9.3.3).`,
  noReview: (last: string | null, asOf: string) =>
    `${last ? `The last management review recorded was held on ${last}, more than 12 months before ${asOf}` : 'No management review meeting is recorded'}; ` +
    `top management must review the ISMS at planned intervals (${STD} 9.3.1), at least yearly and before the certification audit.`,
};
