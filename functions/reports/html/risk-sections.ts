/** Risk picture: method and rescaling, heat maps, top risks, treatment progress. */
import type { GapReport } from '../../../shared/gaps';
import { heatMapSvg, bandLegend } from './heat-map-svg';
import { bandPill, section, t, table } from './blocks';
import { escapeHtml, locationText } from '../text';

function methodNote(r: GapReport): string {
  if (!r.methodology)
    return '<p class="note">No workbook documents a risk methodology: risks cannot be rated.</p>';
  const m = r.methodology;
  const head =
    `Risks are shown on the methodology of <strong>${escapeHtml(r.methodologySource ?? '')}</strong>: ` +
    `${m.likelihood.length}×${m.impact.length} scales, ${escapeHtml(m.formula)} formula, acceptance threshold ${m.acceptanceThreshold}.`;
  const lines = r.rescaling
    .filter((x) => x.kind !== 'same')
    .map((x) => `<li>${escapeHtml(x.statement)}</li>`);
  return `<p class="note">${head}</p>${lines.length ? `<ul class="note">${lines.join('')}</ul>` : ''}`;
}

export function heatMapSection(r: GapReport): string {
  const maps = r.heatMaps
    ? `<div class="heat-maps">${heatMapSvg(r.heatMaps.inherent, 'Inherent risk')}${heatMapSvg(r.heatMaps.residual, 'Residual risk')}</div>` +
      bandLegend(r.methodology?.bands ?? [])
    : '<p class="empty">No rated risks.</p>';
  return section('risk-picture', 'Risk picture', maps + methodNote(r));
}

export function topRisksSection(r: GapReport): string {
  const rows = r.managementReview.topRisks.map((x) => [
    t(x.id),
    t(x.description),
    t(x.owner),
    bandPill(
      x.inherentRating,
      r.methodology?.bands.find((b) => b.name === x.inherentRating)?.color ?? null,
    ) + ` <span class="where">${t(x.inherentScore)}</span>`,
    bandPill(x.residualRating, x.residualColor) +
      ` <span class="where">${t(x.residualScore)}</span>`,
    t(x.status),
    `<span class="where">${escapeHtml(x.workbook)}</span>`,
  ]);
  const body = table(
    [
      { header: 'Risk' },
      { header: 'Description' },
      { header: 'Owner' },
      { header: 'Inherent' },
      { header: 'Residual' },
      { header: 'Status' },
      { header: 'Workbook' },
    ],
    rows,
    'No rated risks.',
  );
  return `<h3>Top risks (by residual score)</h3>${body}`;
}

export function treatmentSection(r: GapReport): string {
  const tp = r.managementReview.treatment;
  const status = table(
    [{ header: 'Status' }, { header: 'Risks', num: true }],
    tp.byStatus.map((s) => [t(s.key), String(s.count)]),
    'No risks.',
  );
  const overdue = table(
    [{ header: 'Risk' }, { header: 'Due' }, { header: 'Where' }],
    tp.overdue.map((o) => [
      t(o.id),
      t(o.due),
      `<span class="where">${escapeHtml(locationText(o.location))}</span>`,
    ]),
    'No treatment action is overdue.',
  );
  const intro = `<p class="note">${tp.risks} risk(s); ${tp.aboveThreshold} with a residual score above the acceptance threshold; ${tp.overdue.length} overdue treatment action(s).</p>`;
  return `<div class="keep"><h3>Treatment progress</h3>${intro}<div class="heat-maps"><div style="min-width:260px">${status}</div><div style="flex:1;min-width:320px">${overdue}</div></div></div>`;
}

export function riskSections(r: GapReport): string {
  return (
    heatMapSection(r) +
    section('risks', 'Top risks and treatment progress', topRisksSection(r) + treatmentSection(r))
  );
}
