/** The cover band and the key figures. */
import type { GapReport } from '../../../shared/gaps';
import { escapeHtml } from '../text';

function card(value: string, label: string): string {
  return `<div class="card"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`;
}

/** `Product, 5 × 5, acceptance above 9`: the method itself, not the file it came from. */
export function methodText(r: GapReport): string {
  const m = r.methodology;
  if (!m) return 'none documented';
  const formula = m.formula[0].toUpperCase() + m.formula.slice(1);
  return `${formula}, ${m.likelihood.length} × ${m.impact.length}, acceptance above ${m.acceptanceThreshold}`;
}

export function cover(r: GapReport): string {
  const books = r.workbooks.map(escapeHtml).join(', ') || '—';
  return (
    '<header class="cover"><h1>ISMS gap report</h1>' +
    '<div class="sub">ISO/IEC 27001:2022 — conformance, control gaps and remediation; management review inputs (9.3)</div>' +
    `<dl><div><dt>As of</dt><dd>${escapeHtml(r.asOf)}</dd></div><div><dt>Workbooks</dt><dd>${books}</dd></div>` +
    `<div><dt>Risk method</dt><dd>${escapeHtml(methodText(r))}</dd></div>` +
    `<div><dt>Readiness</dt><dd>${escapeHtml(`${r.readiness.overall}/100 — ${r.readiness.verdictLabel}`)}</dd></div></dl></header>`
  );
}

export function keyFigures(r: GapReport): string {
  const s = r.summary;
  const pct = s.applicableControls
    ? Math.round((100 * s.implementedControls) / s.applicableControls)
    : 0;
  const above = r.managementReview.treatment.aboveThreshold;
  return (
    '<section id="summary"><h2>Key figures</h2><div class="cards">' +
    card(`${s.clauses.Conformant} / 30`, 'clauses conformant') +
    card(
      `${s.implementedControls} / ${s.applicableControls}`,
      `applicable controls implemented (${pct}%)`,
    ) +
    card(String(s.controlGaps), 'control gaps') +
    card(
      String(s.totalPersonDays),
      `person-days estimated (${s.personDays} for the control gaps)`,
    ) +
    card(`${s.risks}`, `risks (${above} above the acceptance threshold)`) +
    card(
      String(s.openAuditFindings),
      `open audit findings; ${s.crossFindings} cross-workbook finding(s)`,
    ) +
    '</div></section>'
  );
}
