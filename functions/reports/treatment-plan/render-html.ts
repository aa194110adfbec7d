/** The risk treatment plan as a printable HTML page (6.1.3 e, 8.3). */
import type { TreatmentPlan } from '../../../shared/treatment';
import { htmlPage } from '../html/page';
import { bandPill, pill, section, t, table } from '../html/blocks';
import { approvalText, controlText, planSubtitle } from './columns';

const FLAG = { fill: '#FFC7CE', text: '#9C0006' };

export function renderTreatmentPlanHtml(p: TreatmentPlan): string {
  const rows = p.rows.map((r) => [
    `<strong>${t(r.riskId)}</strong><div class="where">${t(r.workbook)}</div>`,
    t(r.description),
    t(r.riskOwner),
    t(r.treatment),
    t(r.controls.map(controlText).join(', ')),
    t(r.actions),
    r.unowned ? pill('No action owner', FLAG) : t(r.actionOwner),
    r.overdue ? `${t(r.due)} ${pill('Overdue', FLAG)}` : t(r.due),
    t(r.status),
    `${t(r.residualScore)} ${bandPill(r.residualRating, r.residualColor)}`,
    r.aboveThreshold && !r.approvalDate ? pill(approvalText(r), FLAG) : t(approvalText(r)),
  ]);
  const cols = [
    'Risk',
    'Description',
    'Risk owner',
    'Treatment',
    'Controls (SoA status)',
    'Actions',
    'Action owner',
    'Due',
    'Status',
    'Residual',
    'Approval',
  ].map((header) => ({ header }));
  const body = section(
    'plan',
    'Risk treatment plan',
    `<p class="note">${t(planSubtitle(p))}</p>` +
      table(cols, rows, 'No risk is above the acceptance threshold or treated by modifying it.'),
  );
  return htmlPage({
    title: 'Risk treatment plan',
    sub: 'ISO/IEC 27001:2022 6.1.3 e) and 8.3 — risks above the acceptance threshold or being modified',
    facts: [
      ['As of', p.asOf],
      ['Workbooks', p.workbooks.join(', ')],
      [
        'Acceptance threshold',
        p.acceptanceThreshold === null ? 'not documented' : String(p.acceptanceThreshold),
      ],
      ['Risks in the plan', `${p.summary.inPlan} of ${p.summary.risks}`],
    ],
    body,
    landscape: true,
    foot: `Generated as of ${p.asOf}. Overdue: due before ${p.asOf} and not closed, treated or accepted. Approval: the risk owner's acceptance of the plan and of the residual risk (6.1.3 f).`,
  });
}
