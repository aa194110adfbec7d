/** The report's inline stylesheet: screen and print (A4), no external fonts or images. */
export const REPORT_CSS = `
:root { --ink:#1A1A1A; --muted:#5A6270; --line:#D9DEE5; --brand:#1F3864; --accent:#2E75B6; --zebra:#F6F8FB; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin:0; font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color:var(--ink); font-size:13px; line-height:1.45; background:#EEF1F5; }
.page { max-width: 1120px; margin: 0 auto; background:#FFFFFF; padding: 0 36px 36px; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
header.cover { background: var(--brand); color:#FFFFFF; margin: 0 -36px 24px; padding: 28px 36px 22px; }
header.cover h1 { margin:0 0 4px; font-size:26px; font-weight:600; letter-spacing:.2px; }
header.cover .sub { opacity:.85; font-size:14px; }
header.cover dl { display:flex; flex-wrap:wrap; gap: 6px 28px; margin:14px 0 0; font-size:12.5px; }
header.cover dt { opacity:.7; } header.cover dd { margin:0; font-weight:600; }
h2 { font-size:18px; color:var(--brand); border-bottom:2px solid var(--brand); padding-bottom:4px; margin:30px 0 12px; break-after: avoid; }
h3 { font-size:14px; color:var(--brand); margin:18px 0 8px; break-after: avoid; }
p.note { color:var(--muted); font-size:12px; margin:6px 0; }
.cards { display:grid; grid-template-columns: repeat(3, 1fr); gap:12px; }
.card { border:1px solid var(--line); border-left:4px solid var(--accent); border-radius:4px; padding:10px 14px; break-inside: avoid; }
.card .value { font-size:24px; font-weight:700; color:var(--brand); }
.card .label { color:var(--muted); font-size:12px; }
table { width:100%; border-collapse:collapse; font-size:12px; margin: 4px 0 8px; }
th { text-align:left; background:var(--brand); color:#FFFFFF; font-weight:600; padding:6px 8px; vertical-align:bottom; }
td { padding:5px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
tbody tr:nth-child(even) td { background: var(--zebra); }
td.num, th.num { text-align:right; font-variant-numeric: tabular-nums; white-space:nowrap; }
tr.section td { background:#E4EAF2 !important; font-weight:600; color:var(--brand); }
tr.total td { font-weight:700; border-top:2px solid var(--brand); }
.pill { display:inline-block; padding:1px 8px; border-radius:10px; font-size:11px; font-weight:600; white-space:nowrap; }
.where { color:var(--muted); font-size:11px; white-space:nowrap; }
.heat-maps { display:flex; flex-wrap:wrap; gap: 8px 36px; align-items:flex-start; break-inside: avoid; }
.heat-map text { font-family: inherit; }
.hm-title { font-size:13px; font-weight:600; fill: var(--brand); }
.hm-axis { font-size:11px; fill: #333; }
.hm-axis-title { font-size:11px; font-weight:600; fill: var(--muted); }
.hm-count { font-size:15px; font-weight:700; }
.hm-note { font-size:11px; fill: var(--muted); }
ul.legend { list-style:none; padding:0; margin:4px 0 0; display:flex; flex-wrap:wrap; gap:6px 16px; font-size:12px; }
.swatch { display:inline-block; width:12px; height:12px; border-radius:2px; margin-right:6px; vertical-align:-1px; border:1px solid rgba(0,0,0,.15); }
.bar { display:flex; height:12px; width:100%; min-width:140px; border-radius:2px; overflow:hidden; background:#F0F0F0; }
.bar span { display:block; height:100%; }
.empty { color:var(--muted); font-style:italic; }
.keep { break-inside: avoid; }
table.clauses col.c-id { width:7%; } table.clauses col.c-title { width:40%; } table.clauses col.c-status { width:15%; }
table.clauses col.c-evidence { width:24%; } table.clauses col.c-owner { width:14%; }
footer { margin-top:28px; padding-top:10px; border-top:1px solid var(--line); color:var(--muted); font-size:11px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background:#FFFFFF; font-size:10.5px; }
  .page { max-width:none; margin:0; padding:0 2px; box-shadow:none; }
  svg.heat-map { width: 300px; height: auto; }
  header.cover { margin:0 0 16px; padding:16px 18px; }
  h2 { margin-top:18px; }
  section.break { break-before: page; }
  table { font-size:10px; }
  tr, .card, .heat-maps, svg { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
