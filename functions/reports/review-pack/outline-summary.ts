/** The pack's summary section and its 9.3.3 decisions page. */
import type { ReviewPack } from '../../../shared/review';
import type { PackSection } from './outline';

const CATEGORY: Readonly<Record<string, string>> = {
  risk: 'Risk acceptance',
  nonconformity: 'Nonconformity',
  action: 'Review action',
  objective: 'Objective',
  change: 'Change to the ISMS',
  resources: 'Resources',
  improvement: 'Improvement',
};

/** The next audit on the calendar, and the first things that must be done before it. */
function nextAuditBullets(p: ReviewPack): string[] {
  const n = p.summary.nextAudit;
  if (!n) return [];
  const when = n.daysLeft >= 0 ? `${n.daysLeft} days left` : `${-n.daysLeft} days overdue`;
  return [
    `Next audit: ${n.milestone} on ${n.date} (${when}).`,
    ...n.due.slice(0, 3).map((d) => `Before it: ${d}`),
  ];
}

export function summarySection(p: ReviewPack): PackSection {
  const r = p.summary.readiness;
  return {
    id: 'summary',
    clause: '',
    title: 'Summary',
    lead: `${r.verdictLabel} — readiness ${r.overall}/100. ${r.verdictReason}`,
    bullets: [
      ...r.stages.map(
        (s) =>
          `${s.stage}: ${s.ready ? 'ready' : 'not yet ready'} (needs ${s.threshold}/100 and no blocker)`,
      ),
      ...r.blockers.map((b) => `Blocker: ${b}`),
      p.summary.lastReview
        ? `Last management review recorded: ${p.summary.lastReview}.`
        : 'No management review is recorded yet.',
      ...nextAuditBullets(p),
    ],
    tables: [
      {
        title: 'Top risks (residual)',
        columns: ['Risk', 'Description', 'Owner', 'Residual', 'Rating', 'Status'],
        rows: p.summary.topRisks.map((x) => [
          x.id,
          x.description,
          x.owner,
          x.residualScore,
          x.residualRating,
          x.status,
        ]),
        empty: 'No scored risk.',
        widths: [9, 40, 16, 9, 11, 12],
      },
      {
        title: 'Decisions needed',
        columns: ['Topic', 'Decision needed'],
        rows: p.summary.decisionsNeeded.map((d) => [CATEGORY[d.category], d.text]),
        empty: 'No open decision arises from the inputs.',
        widths: [18, 90],
      },
    ],
  };
}

export function decisionsSection(p: ReviewPack): PackSection {
  return {
    id: 'decisions',
    clause: '9.3.3',
    title: 'Decisions of the review',
    lead: 'Results of the review: decisions on continual improvement opportunities and any needs for changes to the ISMS. Record each decision with its owner and due date in tblReviews.',
    bullets: [],
    tables: [
      {
        title: 'Proposed for decision',
        columns: ['#', 'Topic', 'Proposal', 'Decision', 'Owner', 'Due'],
        rows: p.decisions.map((d, i) => [i + 1, CATEGORY[d.category], d.text, '', '', '']),
        empty: 'Nothing is proposed; record the meeting’s own decisions.',
        widths: [4, 16, 60, 24, 14, 10],
      },
    ],
  };
}
