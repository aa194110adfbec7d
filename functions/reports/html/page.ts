/**
 * The frame every printable HTML report shares: a strict CSP (no scripts, no external resources),
 * the inline stylesheet, the cover band with its key facts, the body and a footer. Every piece of
 * user text is escaped here or by the blocks that built `body`.
 */
import { REPORT_CSS } from './styles';
import { escapeHtml } from '../text';

export type PageSpec = {
  readonly title: string;
  /** Under the heading. */
  readonly sub: string;
  /** Facts shown on the cover: label and value (values are escaped). */
  readonly facts: readonly (readonly [string, string])[];
  /** Already-rendered sections. */
  readonly body: string;
  readonly foot: string;
  /** Print on landscape A4 (wide registers). */
  readonly landscape?: boolean;
};

export function coverBand(spec: Pick<PageSpec, 'title' | 'sub' | 'facts'>): string {
  const facts = spec.facts
    .map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v || '—')}</dd></div>`)
    .join('');
  return (
    `<header class="cover"><h1>${escapeHtml(spec.title)}</h1>` +
    `<div class="sub">${escapeHtml(spec.sub)}</div><dl>${facts}</dl></header>`
  );
}

export function htmlPage(spec: PageSpec): string {
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>${escapeHtml(spec.title)}</title><style>${REPORT_CSS}${spec.landscape ? '@page { size: A4 landscape; }' : ''}</style></head>` +
    `<body><div class="page">${coverBand(spec)}${spec.body}` +
    `<footer>${escapeHtml(spec.foot)}</footer></div></body></html>\n`
  );
}
