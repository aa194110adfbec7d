/** The management review pack as a printable HTML document: one page per section of the outline. */
import type { ReviewPack } from '../../../shared/review';
import { htmlPage } from '../html/page';
import { section, t, table } from '../html/blocks';
import { bandLegend, heatMapSvg } from '../html/heat-map-svg';
import { packOutline, type PackSection, type PackTable } from './outline';

function tableHtml(x: PackTable): string {
  const columns = x.columns.map((header) => ({ header }));
  const rows = x.rows.map((r) => r.map((v) => t(v)));
  return `<h3>${t(x.title)}</h3>${table(columns, rows, x.empty)}`;
}

function heatMaps(p: ReviewPack): string {
  const h = p.risk.heatMaps;
  if (!h) return '<p class="empty">No heat map: no risk methodology is documented.</p>';
  return (
    `<div class="heat-maps">${heatMapSvg(h.residual, 'Residual risk')}${heatMapSvg(h.inherent, 'Inherent risk')}</div>` +
    bandLegend(p.risk.bands)
  );
}

function sectionHtml(p: ReviewPack, s: PackSection, i: number): string {
  const heading = s.clause ? `${s.clause} ${s.title}` : s.title;
  const bullets = s.bullets.length
    ? `<ul>${s.bullets.map((b) => `<li>${t(b)}</li>`).join('')}</ul>`
    : '';
  const body =
    `<p class="note">${t(s.lead)}</p>${bullets}` +
    (s.heatMaps ? heatMaps(p) : '') +
    s.tables.map(tableHtml).join('');
  return section(s.id, heading, body, i > 0);
}

export function renderReviewPackHtml(p: ReviewPack): string {
  return htmlPage({
    title: 'Management review',
    sub: 'ISO/IEC 27001:2022 9.3 — inputs to the review (9.3.2 a–g) and its decisions (9.3.3)',
    facts: [
      ['As of', p.asOf],
      ['Workbooks', p.workbooks.join(', ')],
      ['Readiness', `${p.summary.readiness.overall}/100 — ${p.summary.readiness.verdictLabel}`],
      ['Last review', p.summary.lastReview ?? 'none recorded'],
    ],
    body: packOutline(p)
      .map((s, i) => sectionHtml(p, s, i))
      .join('\n'),
    foot: `Prepared as of ${p.asOf} from ${p.workbooks.join(', ')}. Proposed decisions are derived from the inputs; the meeting records its own in tblReviews.`,
  });
}
