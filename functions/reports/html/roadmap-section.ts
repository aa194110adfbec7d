/** The remediation roadmap: every work item, phased, with linked risk ids and dates. */
import type { GapReport } from '../../../shared/gaps';
import { bandPill, pill, section, t, table } from './blocks';
import { escapeHtml } from '../text';

const PHASES = [
  '',
  'Phase 1 — before Stage 1: blockers, open major nonconformities, excluded-but-relied-on controls, nonconformant clauses, controls whose linked residual risk is above the appetite',
  'Phase 2 — before Stage 2: other clause gaps, minor nonconformities, controls with other linked risks',
  'Phase 3 — continual improvement: controls with no linked risk',
];
const LATE = { fill: '#FFC7CE', text: '#9C0006' };

function scheduleNote(r: GapReport): string {
  const a = r.nextAudit;
  if (!a)
    return 'No audit is planned in tblCertification, so phases are not dated; the dates shown are the register’s own due dates.';
  return (
    `Scheduled against the next audits in tblCertification: Stage 1 ${a.stage1 ?? '—'}, Stage 2 ${a.stage2 ?? '—'}. ` +
    'An item finishes by its register due date when that is earlier, else by its phase’s audit; “late” marks a due date after that audit.'
  );
}

export function roadmapSection(r: GapReport): string {
  const rows = r.roadmap.map((x) => [
    String(x.order),
    escapeHtml(`P${x.phase}`),
    `<strong>${t(x.ref)}</strong> ${t(x.title)}<div class="where">${t(x.action)}</div>`,
    t(x.owner),
    t(x.linkedRisks.join(', ')),
    bandPill(x.worstResidual.rating, x.worstResidual.color),
    t(x.due),
    x.lateForAudit ? `${t(x.finish)} ${pill('late', LATE)}` : t(x.finish),
    escapeHtml(x.effort),
    String(x.personDays),
  ]);
  const body = table(
    [
      { header: '#', num: true },
      { header: 'Phase' },
      { header: 'Item' },
      { header: 'Owner' },
      { header: 'Linked risks' },
      { header: 'Worst residual' },
      { header: 'Register due' },
      { header: 'Finish by' },
      { header: 'Effort' },
      { header: 'Person-days', num: true },
    ],
    rows,
    'Nothing to remediate.',
  );
  const note =
    `<p class="note">${t(scheduleNote(r))}</p>` +
    `<ul class="legend">${PHASES.slice(1)
      .map((p) => `<li>${escapeHtml(p)}</li>`)
      .join('')}</ul>`;
  return section('roadmap', 'Remediation roadmap', note + body);
}
