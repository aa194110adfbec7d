/**
 * The diff as one self-contained printable HTML page (the gap report's stylesheet): readiness
 * before and after, then a table per area. Every piece of workbook text is HTML-escaped; no
 * scripts, no external resources (the CSP forbids them anyway).
 */
import type { ChangeItem } from '../../../shared/diff';
import type { DiffResult } from '../../../shared/diff';
import { AREAS } from '../../../shared/diff';
import { fieldLabel, groupChanges, subjectOf } from '../../../shared/diff';
import { REPORT_CSS } from '../html/styles';
import { escapeHtml as e } from '../text';
import { headline } from './diff-text';

const DIFF_CSS = `
.kind { font-weight:600; white-space:nowrap; }
.kind.added { color:#006100; } .kind.removed { color:#9C0006; } .kind.changed { color:#1F4E79; }
td.before { color:#5A6270; }
td.before del { text-decoration-color: rgba(156,0,6,.5); }
td.after { font-weight:600; }
td .none { color:#5A6270; text-decoration:none; }
table.changes { table-layout: fixed; }
table.changes td { overflow-wrap: anywhere; }
.cards .card .value { font-size:20px; }
`;

const KIND: Readonly<Record<ChangeItem['kind'], string>> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

const COLUMNS =
  '<colgroup><col style="width:11%"><col style="width:20%"><col style="width:17%">' +
  '<col style="width:26%"><col style="width:26%"></colgroup>';

/** A value cell: blank (null) shows a dash in a changed row, nothing in an added or removed one. */
function value(c: ChangeItem, v: string | null, struck = false): string {
  if (v !== null) return struck ? `<del>${e(v)}</del>` : e(v);
  return c.kind === 'changed' ? '<span class="none">—</span>' : '';
}

function row(c: ChangeItem): string {
  const kind = c.area === 'finding' && c.kind === 'added' ? 'Opened' : KIND[c.kind];
  // Readiness rows name what they measure in "What"; the field would only repeat it.
  const field = c.area === 'readiness' ? '' : fieldLabel(c.field);
  return (
    `<tr><td class="kind ${c.kind}">${kind}</td><td>${e(subjectOf(c))}</td>` +
    `<td>${e(field)}</td><td class="before">${value(c, c.before, true)}</td>` +
    `<td class="after">${value(c, c.after)}</td></tr>`
  );
}

function readinessCards(d: DiffResult): string {
  const { before, after } = d.readiness;
  const card = (label: string, value: string) =>
    `<div class="card"><div class="value">${e(value)}</div><div class="label">${e(label)}</div></div>`;
  return (
    '<div class="cards">' +
    card(`Readiness before (${before.asOf})`, `${before.overall}/100 · ${before.verdictLabel}`) +
    card(`Readiness after (${after.asOf})`, `${after.overall}/100 · ${after.verdictLabel}`) +
    card('Changes', String(d.items.length)) +
    '</div>'
  );
}

function notes(d: DiffResult): string {
  const out: string[] = [];
  if (d.methodology.rescaled)
    out.push('The risk scales changed: previous scores were rescaled onto the current scales.');
  if (d.migratedControls > 0)
    out.push(
      `${d.migratedControls} SoA row(s) with ISO/IEC 27001:2013 ids were matched through the 2013 → 2022 mapping (ISO/IEC 27002:2022 Annex B).`,
    );
  return out.map((n) => `<p class="note">${e(n)}</p>`).join('');
}

export function renderDiffHtml(d: DiffResult): string {
  const groups = groupChanges(d.items, AREAS)
    .map(
      (g) =>
        `<h2>${e(g.title)} — ${g.items.length}</h2><table class="changes">${COLUMNS}<thead><tr><th>Change</th><th>What</th>` +
        `<th>Field</th><th>Before</th><th>After</th></tr></thead><tbody>${g.items.map(row).join('')}</tbody></table>`,
    )
    .join('\n');
  const cover =
    `<header class="cover"><h1>What changed between review cycles</h1>` +
    `<div class="sub">${e(headline(d))}</div><dl><dt>Previous</dt><dd>${e(d.previous.join(', '))}</dd>` +
    `<dt>Current</dt><dd>${e(d.current.join(', '))}</dd><dt>As of</dt><dd>${e(d.asOf)}</dd></dl></header>`;
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>ISMS review-cycle diff — ${e(d.asOf)}</title><style>${REPORT_CSS}${DIFF_CSS}</style></head>` +
    `<body><div class="page">${cover}${readinessCards(d)}${notes(d)}${groups}` +
    '<footer>Records are matched by risk, control, clause and finding id (docs/cycle.md).</footer></div></body></html>\n'
  );
}
