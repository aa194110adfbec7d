/** The readiness score and the validation findings, as the gap report quotes them. */
import type { GapReport } from '../../../shared/gaps';
import { section, t, table } from './blocks';
import { locationText } from '../text';

/** Findings listed in the HTML page; the xlsx and JSON carry them all. */
export const HTML_FINDINGS = 300;

export function readinessSection(r: GapReport): string {
  const x = r.readiness;
  const rows = x.areas.map((a) => [t(a.name), t(a.score)]);
  const blockers = x.blockers.length
    ? `<ul>${x.blockers.map((b) => `<li>${t(b)}</li>`).join('')}</ul>`
    : '';
  return section(
    'readiness',
    `Certification readiness: ${x.overall}/100 — ${x.verdictLabel}`,
    `<p class="note">${t(x.verdictReason)} (docs/readiness.md)</p>${blockers}` +
      table([{ header: 'Area' }, { header: 'Score /100', num: true }], rows, 'No areas.'),
  );
}

export function findingsSection(r: GapReport): string {
  const s = r.summary.findings;
  const shown = r.findings.slice(0, HTML_FINDINGS);
  const rows = shown.map((f) => [
    t(f.severity),
    t(f.rule),
    t(f.message),
    `<span class="where">${t(locationText({ workbook: f.workbook, sheet: f.sheet ?? '', cell: f.cell, row: f.row }))}</span>`,
  ]);
  const more =
    r.findings.length > shown.length
      ? `<p class="note">${r.findings.length - shown.length} more finding(s) in the xlsx and JSON reports.</p>`
      : '';
  return section(
    'validation',
    'Validation findings',
    `<p class="note">${s.total} finding(s): ${s.major} major, ${s.minor} minor, ${s.observation} observation(s) (docs/rules.md).</p>` +
      table(
        [{ header: 'Severity' }, { header: 'Rule' }, { header: 'Finding' }, { header: 'Where' }],
        rows,
        'No validation findings.',
      ) +
      more,
    true,
  );
}
