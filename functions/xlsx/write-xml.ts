/** XML text for the package writer: escaping, namespaces, relationships, content types. */

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
export const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// XML 1.0 forbids most C0 controls even as character references: they are dropped.
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or attribute value, escaped (quotes too, as Excel and exceljs write them). */
export function esc(s: string): string {
  const clean = INVALID.test(s) ? s.replace(INVALID, '') : s;
  return /[&<>"']/.test(clean) ? clean.replace(/[&<>"']/g, (c) => ESCAPES[c]) : clean;
}

export function rels(list: readonly (readonly [string, string, string])[]): string {
  const items = list.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`,
  );
  return `${HEAD}<Relationships xmlns="${PKG}">${items.join('')}</Relationships>`;
}

export function contentTypes(overrides: readonly (readonly [string, string])[]): string {
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides
      .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
      .join('') +
    '</Types>'
  );
}
