/**
 * The rules page served with the task pane (rules.html): docs/rules.md turned into plain HTML at
 * build time, each rule's heading given its id in lower case (`#rr-required`) so a finding links
 * straight to what it catches and how to fix it. A small Markdown subset: headings, paragraphs,
 * lists, tables, `code`, **bold**, *italic*, links.
 */
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inline(t: string): string {
  return esc(t)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

function heading(line: string): string {
  const m = /^(#{1,4}) (.*)$/.exec(line)!;
  const rule = /^([A-Z]+-[A-Z0-9-]+) — /.exec(m[2]);
  const id = rule ? ` id="${rule[1].toLowerCase()}"` : '';
  return `<h${m[1].length}${id}>${inline(m[2])}</h${m[1].length}>`;
}

function table(rows: string[]): string {
  const cells = (r: string) =>
    r
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => inline(c.trim()));
  const [head, , ...body] = rows;
  const tr = (cs: string[], tag: string) =>
    `<tr>${cs.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  return `<table>${tr(cells(head), 'th')}${body.map((r) => tr(cells(r), 'td')).join('')}</table>`;
}

function blocks(md: string): string[] {
  const out: string[] = [];
  for (const block of md.split(/\n{2,}/)) {
    const lines = block.split('\n');
    if (/^#{1,4} /.test(lines[0]))
      out.push(heading(lines[0]), ...blocks(lines.slice(1).join('\n')));
    else if (lines[0].startsWith('|')) out.push(table(lines));
    else if (/^- /.test(lines[0]))
      out.push(
        `<ul>${block
          .split(/\n(?=- )/)
          .map((i) => `<li>${inline(i.replace(/^- /, ''))}</li>`)
          .join('')}</ul>`,
      );
    else if (lines[0] === '---') out.push('<hr>');
    else if (block.trim()) out.push(`<p>${inline(block)}</p>`);
  }
  return out;
}

const STYLE =
  'body{font:15px/1.5 "Segoe UI",system-ui,sans-serif;max-width:820px;margin:0 auto;padding:16px;color:#242424}' +
  'code{background:#f0f0f0;padding:0 3px;border-radius:3px}table{border-collapse:collapse}' +
  'td,th{border:1px solid #d1d1d1;padding:2px 6px;text-align:left}h2:target,h3:target{background:#fff4ce}' +
  '@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#f0f0f0}code{background:#333}h2:target,h3:target{background:#463100}}';

export function rulesPageHtml(md: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Validation rules</title><style>${STYLE}</style></head><body>${blocks(md).join('\n')}</body></html>`;
}
