/**
 * The gap report as one self-contained, printable HTML page: inline CSS (with @media print),
 * inline SVG heat maps in the rating band colours, every piece of user text HTML-escaped, no
 * scripts and no external resources (fonts, images, links).
 */
import type { GapReport } from '../../shared/gaps';
import { REPORT_CSS } from './html/styles';
import { cover, keyFigures } from './html/summary-section';
import { riskSections } from './html/risk-sections';
import {
  auditSection,
  clauseSection,
  gapSection,
  resourceSection,
  soaSection,
} from './html/control-sections';
import { roadmapSection } from './html/roadmap-section';
import { findingsSection, readinessSection } from './html/findings-section';
import { escapeHtml } from './text';

export function renderGapReportHtml(report: GapReport): string {
  const body = [
    cover(report),
    keyFigures(report),
    readinessSection(report),
    riskSections(report),
    soaSection(report),
    auditSection(report),
    clauseSection(report),
    gapSection(report),
    roadmapSection(report),
    resourceSection(report),
    findingsSection(report),
  ].join('\n');
  const foot =
    `<footer>Generated from ${report.workbooks.length} workbook(s) as of ${escapeHtml(report.asOf)}. ` +
    'Effort: the ISO/IEC 27002:2022 theme and operational capabilities of each control, calibrated per control and overridable in the workbook (docs/gap-report.md). ' +
    'Clause statuses are as recorded in the workbooks’ clause registers; the worst status stands where workbooks disagree.</footer>';
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>ISMS gap report — ${escapeHtml(report.asOf)}</title><style>${REPORT_CSS}</style></head>` +
    `<body><div class="page">${body}${foot}</div></body></html>\n`
  );
}
