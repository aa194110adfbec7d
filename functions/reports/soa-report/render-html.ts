/** The Statement of Applicability as a printable HTML document (6.1.3 d), grouped by theme. */
import type { SoaReport } from '../../../shared/soa-report';
import { THEMES } from '../../../shared/catalog';
import { htmlPage } from '../html/page';
import { pill, section, t, table } from '../html/blocks';
import { IMPLEMENTATION_COLORS } from '../text';
import { documentControlLines, soaSummaryText } from './columns';

const COLUMNS = [
  'Control',
  'Title',
  'Applicable',
  'Justification',
  'Status',
  'Evidence',
  'Owner',
  'Linked risks',
].map((header) => ({ header }));

function themeTable(r: SoaReport, theme: string): string {
  const rows = r.rows
    .filter((x) => x.theme === theme)
    .map((x) => [
      `<strong>A.${t(x.controlId)}</strong>`,
      t(x.title),
      t(x.applicable),
      t(x.justification),
      x.applicable === 'Yes'
        ? pill(x.status ?? 'No status', IMPLEMENTATION_COLORS[x.status ?? 'No status'])
        : t(null),
      t(x.evidence),
      t(x.owner),
      t(x.linkedRisks.join(', ')),
    ]);
  return `<h3>${t(theme)} controls</h3>${table(COLUMNS, rows, 'No control in this theme.')}`;
}

export function renderSoaReportHtml(r: SoaReport): string {
  const control = table(
    [{ header: 'Document control' }, { header: '' }],
    documentControlLines(r).map(([k, v]) => [t(k), t(v)]),
    '',
  );
  const body =
    section(
      'document-control',
      'Document control',
      control + `<p class="note">${t(soaSummaryText(r))}</p>`,
    ) +
    section('controls', 'Annex A controls', THEMES.map((th) => themeTable(r, th)).join(''), true);
  const d = r.documentControl;
  return htmlPage({
    title: 'Statement of Applicability',
    sub: 'ISO/IEC 27001:2022 6.1.3 d) — the necessary controls, justification for inclusion and exclusion, and their implementation',
    facts: [
      ['Version', d?.version ?? '—'],
      ['Owner', d?.owner ?? '—'],
      ['Approved by', d?.approvedBy ?? '—'],
      ['Approval date', d?.approvalDate ?? '—'],
      ['As of', r.asOf],
    ],
    body,
    landscape: true,
    foot: `Generated as of ${r.asOf} from ${r.workbooks.join(', ')}. Where workbooks disagree a control counts as applicable when any SoA includes it, with the weakest implementation status.`,
  });
}
