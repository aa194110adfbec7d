/** Every sentence the management review pack writes (9.3.3 proposals), in one place. */

export const REVIEW = {
  acceptRisk: (id: string, score: number, threshold: number) =>
    `Accept or treat further risk ${id}: residual ${score} is above the acceptance threshold ${threshold} and no risk-owner acceptance is recorded (6.1.3 f).`,
  closeNc: (id: string, type: string) =>
    `Approve and resource the corrective action for ${type} ${id} (10.2).`,
  overdueAction: (what: string, due: string) =>
    `Re-plan or close the overdue review action "${what}" (due ${due}).`,
  objective: (id: string, why: string) => `Objective ${id}: ${why} (6.2).`,
  objectiveUnmeasured: 'set a measure and a target so progress can be evaluated',
  objectiveOverdue: (due: string) => `due ${due} and not achieved — confirm, re-plan or drop it`,
  objectiveOff: (status: string) => `reported "${status}" — decide corrective measures`,
  blocker: (reason: string) => `Resolve before certification: ${reason}`,
  resources: (gaps: number, days: number) =>
    `Approve about ${days} person-day(s) to close ${gaps} control gap(s) (7.1, 9.3.3).`,
  improvement: (id: string, text: string) =>
    `Decide on opportunity for improvement ${id}: ${text} (10.1).`,
  noReview: () =>
    'Hold and minute a management review: none is recorded in the last 12 months (9.3).',
  noPrevious: 'No previous review supplied: changes since the last review are not listed.',
};

/** A finding or review text cut to one readable line for a proposal. */
export function gist(text: string | null, max = 90): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t || '—';
}
