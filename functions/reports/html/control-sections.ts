/** Conformance matrix, SoA implementation, control gaps, roadmap, resources, audit findings. */
import type { GapReport } from '../../../shared/gaps';
import { bandPill, pill, section, stackedBar, t, table } from './blocks';
import {
  CLAUSE_COLORS,
  IMPLEMENTATION_COLORS,
  controlLabel,
  escapeHtml,
  locationText,
} from '../text';

const where = (l: Parameters<typeof locationText>[0]) =>
  `<span class="where">${escapeHtml(locationText(l))}</span>`;
const impl = (s: keyof typeof IMPLEMENTATION_COLORS | null) =>
  pill(s ?? 'No status', IMPLEMENTATION_COLORS[s ?? 'No status']);

export function clauseSection(r: GapReport): string {
  const rows: string[] = [];
  let current = '';
  for (const c of r.clauses) {
    if (c.section !== current) {
      current = c.section;
      rows.push(`<tr class="section"><td colspan="5">${escapeHtml(c.section)}</td></tr>`);
    }
    const status =
      pill(c.status, CLAUSE_COLORS[c.status]) +
      (c.recorded ? '' : ' <span class="where">not recorded</span>');
    rows.push(
      `<tr><td>${escapeHtml(c.id)}</td><td>${escapeHtml(c.title)}</td><td>${status}</td><td>${t(c.evidence)}</td><td>${t(c.owner)}</td></tr>`,
    );
  }
  const s = r.summary.clauses;
  const intro = `<p class="note">${s.Conformant} conformant, ${s.Partial} partial, ${s.Nonconformant} nonconformant, ${s['Not assessed']} not assessed of ${r.clauses.length} clauses.</p>`;
  const head = ['Clause', 'Requirement', 'Status', 'Documented information / evidence', 'Owner']
    .map((h) => `<th>${h}</th>`)
    .join('');
  const cols =
    '<colgroup><col class="c-id"><col class="c-title"><col class="c-status"><col class="c-evidence"><col class="c-owner"></colgroup>';
  return section(
    'clauses',
    'Clause conformance (4.1 – 10.2)',
    `${intro}<table class="clauses">${cols}<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    true,
  );
}

export function soaSection(r: GapReport): string {
  const soa = r.managementReview.soa;
  if (!soa)
    return section(
      'soa',
      'Statement of Applicability: implementation',
      '<p class="empty">No Statement of Applicability in the set.</p>',
    );
  const row = (x: typeof soa.total, total = false) => {
    const bar = stackedBar([
      { value: x.implemented, color: '#70AD47', label: 'Implemented' },
      { value: x.partial, color: '#FFC000', label: 'Partially implemented' },
      { value: x.planned, color: '#5B9BD5', label: 'Planned' },
      { value: x.notImplemented, color: '#E05252', label: 'Not implemented' },
      { value: x.noStatus, color: '#BFBFBF', label: 'No status' },
    ]);
    const cells = [
      escapeHtml(x.theme),
      String(x.applicable),
      String(x.excluded),
      String(x.implemented),
      String(x.partial),
      String(x.planned),
      String(x.notImplemented + x.noStatus),
      x.percentImplemented === null ? '—' : `${x.percentImplemented}%`,
      bar,
    ];
    return `<tr${total ? ' class="total"' : ''}>${cells.map((c, i) => `<td${i > 0 && i < 8 ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
  };
  const head = [
    'Theme',
    'Applicable',
    'Excluded',
    'Implemented',
    'Partial',
    'Planned',
    'Not started',
    '% implemented',
    'Progress',
  ]
    .map((h, i) => `<th${i > 0 && i < 8 ? ' class="num"' : ''}>${h}</th>`)
    .join('');
  const legend =
    '<ul class="legend"><li><span class="swatch" style="background:#70AD47"></span>Implemented</li><li><span class="swatch" style="background:#FFC000"></span>Partially implemented</li><li><span class="swatch" style="background:#5B9BD5"></span>Planned</li><li><span class="swatch" style="background:#E05252"></span>Not implemented</li><li><span class="swatch" style="background:#BFBFBF"></span>No status</li></ul>';
  const body = `<table><thead><tr>${head}</tr></thead><tbody>${soa.byTheme.map((x) => row(x)).join('')}${row(soa.total, true)}</tbody></table>${legend}`;
  return section('soa', 'Statement of Applicability: implementation', body);
}

export function gapSection(r: GapReport): string {
  const rows = r.controlGaps.map((g) => [
    `<strong>${escapeHtml(controlLabel(g.controlId))}</strong>`,
    escapeHtml(g.title),
    escapeHtml(g.theme),
    impl(g.status),
    t(g.owner),
    g.linkedRisks.length ? escapeHtml(g.linkedRisks.map((l) => l.id).join(', ')) : t(null),
    bandPill(g.worstResidual.rating, g.worstResidual.color),
    escapeHtml(g.effort.class),
  ]);
  const body = table(
    [
      { header: 'Control' },
      { header: 'Title' },
      { header: 'Theme' },
      { header: 'Status' },
      { header: 'Owner' },
      { header: 'Linked risks' },
      { header: 'Worst residual' },
      { header: 'Effort' },
    ],
    rows,
    'No gaps: every applicable control is implemented.',
  );
  return section(
    'gaps',
    'Control gap register',
    `<p class="note">Applicable Annex A controls not fully implemented (${r.controlGaps.length}).</p>${body}`,
    true,
  );
}

export function resourceSection(r: GapReport): string {
  const res = r.resources;
  const lines = (list: typeof res.byTheme) =>
    list.map((l) => [escapeHtml(l.key), String(l.gaps), String(l.personDays)]);
  const total = `<tr class="total"><td>Total</td><td class="num">${res.total.gaps}</td><td class="num">${res.total.personDays}</td></tr>`;
  const cols = (h: string) => [
    { header: h },
    { header: 'Gaps', num: true },
    { header: 'Person-days', num: true },
  ];
  const rates = `<p class="note">Person-days per gap: Low ${res.rates.Low.full}, Medium ${res.rates.Medium.full}, High ${res.rates.High.full} (half, rounded up, when partially implemented).</p>`;
  const lineRows = res.lines.map((l) => [escapeHtml(l.key), String(l.gaps), String(l.personDays)]);
  const grand = `<tr class="total"><td>Total</td><td class="num"></td><td class="num">${res.grandTotal}</td></tr>`;
  const body =
    `<h3>By line</h3>${table(cols('Line'), lineRows, 'None.', grand)}` +
    `<p class="note">Clause work: clause gaps, blockers, nonconformities and SoA decisions; Controls: the Annex A gaps (calibrated per control, or the workbook's tblEffort); Tooling: selecting and deploying the tools controls need; Consultancy: ${Math.round(res.consultancyShare * 100)}% of the internal days.</p>` +
    rates +
    `<div class="heat-maps"><div style="flex:1;min-width:190px"><h3>By effort</h3>${table(cols('Effort'), lines(res.byClass), 'None.', total)}</div>` +
    `<div style="flex:1;min-width:190px"><h3>By theme</h3>${table(cols('Theme'), lines(res.byTheme), 'None.', total)}</div>` +
    `<div style="flex:1;min-width:190px"><h3>By owner</h3>${table(cols('Owner'), lines(res.byOwner), 'None.', total)}</div></div>`;
  return section('resources', 'Resource estimate', body);
}

export function auditSection(r: GapReport): string {
  const a = r.managementReview.auditFindings;
  const rows = a.open.map((f) => [
    t(f.id),
    t(f.type),
    t(f.source),
    t(f.reference),
    t(f.description),
    t(f.owner),
    f.overdue ? `<strong style="color:#9C0006">${t(f.due)}</strong>` : t(f.due),
    where(f.location),
  ]);
  const body = table(
    [
      { header: 'Finding' },
      { header: 'Type' },
      { header: 'Source' },
      { header: 'Clause / control' },
      { header: 'Description' },
      { header: 'Owner' },
      { header: 'Due' },
      { header: 'Where' },
    ],
    rows,
    'No open audit findings.',
  );
  return section(
    'findings',
    'Open audit findings',
    `<p class="note">${a.open.length} open, ${a.overdue} past due.</p>${body}`,
  );
}
