/** Small HTML building blocks; every piece of user text passes through `escapeHtml` here. */
import { escapeHtml, safeColor, textOn } from '../text';

/** Escaped text, or an em dash when blank. */
export function t(text: string | number | null | undefined): string {
  if (text === null || text === undefined || text === '') return '<span class="empty">—</span>';
  return escapeHtml(String(text));
}

export function pill(text: string, colors: { fill: string; text: string }): string {
  return `<span class="pill" style="background:${safeColor(colors.fill)};color:${safeColor(colors.text, '#1A1A1A')}">${escapeHtml(text)}</span>`;
}

/** A pill in a rating band's colour (text colour chosen for contrast). */
export function bandPill(name: string | null, color: string | null): string {
  if (!name) return t(null);
  const fill = safeColor(color, '#E7E6E6');
  return pill(name, { fill, text: textOn(fill) });
}

export type Column = { readonly header: string; readonly num?: boolean };

/** A table from already-rendered cell HTML; `empty` is shown when there are no rows. */
export function table(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  empty: string,
  extraRows = '',
): string {
  if (rows.length === 0 && !extraRows) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const head = columns
    .map((c) => `<th${c.num ? ' class="num"' : ''}>${escapeHtml(c.header)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => `<td${columns[i]?.num ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}${extraRows}</tbody></table>`;
}

export function section(id: string, title: string, body: string, pageBreak = false): string {
  return `<section id="${escapeHtml(id)}"${pageBreak ? ' class="break"' : ''}><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

/** A horizontal stacked bar of counts in fixed colours. */
export function stackedBar(
  parts: readonly { value: number; color: string; label: string }[],
): string {
  const total = parts.reduce((s, p) => s + p.value, 0);
  if (total === 0) return '<div class="bar"></div>';
  const spans = parts
    .filter((p) => p.value > 0)
    .map(
      (p) =>
        `<span title="${escapeHtml(`${p.label}: ${p.value}`)}" style="width:${((100 * p.value) / total).toFixed(2)}%;background:${safeColor(p.color)}"></span>`,
    )
    .join('');
  return `<div class="bar">${spans}</div>`;
}
