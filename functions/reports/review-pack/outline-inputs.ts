/** The 9.3.2 input sections a) to g) of the pack's outline. */
import type { ReviewPack } from '../../../shared/review';
import { isActionOpen } from '../../../shared/review';
import type { PackSection, PackTable } from './outline';
import { changeTable, clauseTable, ncTable, objectiveTable, reviewTable } from './outline-tables';

function section(
  id: string,
  clause: string,
  title: string,
  lead: string,
  tables: PackTable[],
  extra: Partial<PackSection> = {},
): PackSection {
  return { id, clause, title, lead, bullets: [], tables, ...extra };
}

function actionsSection(p: ReviewPack): PackSection {
  const open = p.previousActions.filter((a) => isActionOpen(a.status));
  return section(
    'actions',
    '9.3.2 a)',
    'Status of actions from previous reviews',
    `${p.previousActions.length} action(s) recorded, ${open.length} open, ${p.previousActions.filter((a) => a.overdue).length} overdue.`,
    [
      reviewTable(
        'Actions from previous reviews',
        p.previousActions,
        'No previous review actions recorded (tblReviews).',
      ),
    ],
  );
}

function changesSection(p: ReviewPack): PackSection {
  return section(
    'changes',
    '9.3.2 b) c)',
    'Changes in issues and in interested parties’ needs',
    'External and internal issues (4.1) and the needs and expectations of interested parties (4.2), as the clause register and the review inputs record them.',
    [
      clauseTable('Issues (4.1) and interested parties (4.2)', [
        ...p.changes.issues,
        ...p.changes.parties,
      ]),
      reviewTable(
        'Review inputs on issues and interested parties',
        p.changes.inputs,
        'No review input recorded on these topics.',
      ),
      changeTable(p.changes.sinceLastReview),
    ],
  );
}

function performanceSection(p: ReviewPack): PackSection {
  return section(
    'performance',
    '9.3.2 d)',
    'Information security performance',
    `${p.performance.nonconformities.filter((n) => n.state === 'Open' || n.state === 'Overdue').length} open nonconformity(ies); ${p.performance.objectives.length} objective(s).`,
    [
      ncTable(
        'Nonconformities and corrective actions (d 1)',
        p.performance.nonconformities,
        'No nonconformity open or closed in the last 12 months.',
      ),
      clauseTable('Monitoring and measurement results (d 2, 9.1)', p.performance.monitoring),
      {
        title: 'Readiness by area (d 2)',
        columns: ['Area', 'Score /100'],
        rows: p.performance.areas.map((a) => [a.name, a.score]),
        empty: '',
        widths: [40, 12],
      },
      clauseTable('Audit programme (d 3, 9.2)', p.performance.audits),
      ncTable(
        'Audit results (d 3)',
        p.performance.auditFindings,
        'No audit finding open or closed in the last 12 months.',
      ),
      objectiveTable(p.performance.objectives),
    ],
  );
}

function feedbackSection(p: ReviewPack): PackSection {
  return section(
    'feedback',
    '9.3.2 e)',
    'Feedback from interested parties',
    'Feedback, complaints and survey results recorded as review inputs.',
    [
      reviewTable(
        'Interested-party feedback',
        p.feedback,
        'No interested-party feedback recorded (tblReviews, input e).',
      ),
    ],
  );
}

function riskSection(p: ReviewPack): PackSection {
  const t = p.risk.treatment;
  return section(
    'risk',
    '9.3.2 f)',
    'Risk assessment results and treatment status',
    `${t.risks} risk(s); ${t.aboveThreshold} above the acceptance threshold${p.risk.acceptanceThreshold === null ? '' : ` ${p.risk.acceptanceThreshold}`}; ${t.overdue.length} treatment(s) overdue.`,
    [
      {
        title: 'Treatment status',
        columns: ['Status', 'Risks'],
        rows: t.byStatus.map((l) => [l.key, l.count]),
        empty: 'No risks.',
        widths: [24, 10],
      },
      {
        title: 'Treatment options',
        columns: ['Option', 'Risks'],
        rows: t.byOption.map((l) => [l.key, l.count]),
        empty: 'No risks.',
        widths: [24, 10],
      },
    ],
    { heatMaps: true },
  );
}

function improvementSection(p: ReviewPack): PackSection {
  return section(
    'improvement',
    '9.3.2 g)',
    'Opportunities for continual improvement',
    'Opportunities raised by audits and reviews, and the improvement clauses (10.1, 10.2).',
    [
      ncTable(
        'Opportunities for improvement',
        p.improvement.opportunities,
        'No opportunity for improvement recorded.',
      ),
      reviewTable(
        'Review inputs on improvement',
        p.improvement.inputs,
        'No review input recorded on improvement.',
      ),
      clauseTable('Improvement (10.1, 10.2)', p.improvement.clauses),
    ],
  );
}

export function inputSections(p: ReviewPack): PackSection[] {
  return [
    actionsSection(p),
    changesSection(p),
    performanceSection(p),
    feedbackSection(p),
    riskSection(p),
    improvementSection(p),
  ];
}
