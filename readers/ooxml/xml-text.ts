/**
 * The few XML lexical pieces the reader needs, done by hand over strings (no DOM: this runs in
 * Node and in the browser mode, and must stay fast on sheet parts of hundreds of megabytes).
 */

const utf8 = new TextDecoder('utf-8');

/** Decodes a part's bytes; parts are UTF-8 unless they start with a UTF-16 byte-order mark. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** XML entity references (`&amp;`, `&#10;`, `&#x1F;`) → characters. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * ECMA-376 Part 1 §22.9.2.19 ST_Xstring: characters XML cannot carry are written `_xHHHH_`
 * (`_x000D_` is a carriage return); `_x005F_` escapes the underscore itself.
 */
export function decodeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Text content of a string item or cell: entities, then `_xHHHH_` escapes; see `detach`. */
export function decodeText(raw: string): string {
  return detach(decodeXstring(decodeEntities(raw)));
}

/**
 * A copy of `s` that does not keep its source alive. V8 represents a slice of 13+ characters as a
 * view into the parent string, so one cell value would pin a whole multi-megabyte sheet piece
 * (or the whole shared-strings part) in memory.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Attributes of the start tag spanning `xml[from, to)` (after the element name), names as written. */
export function readAttrs(xml: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  const tag = xml.slice(from, to);
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/**
 * Calls `each` with the attributes of every start tag `<prefix?name …>` in `xml`, in order.
 * Enough for the flat lists of workbook.xml, rels, styles and tables.
 */
export function eachTag(
  xml: string,
  name: string,
  each: (attrs: Record<string, string>, end: number) => void,
): void {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const end = tagEnd(xml, m.index);
    if (end < 0) return;
    each(readAttrs(xml, m.index + m[0].length, end), end + 1);
  }
}

/** An attribute by local name: `attrLocal(attrs, 'id')` finds `r:id` (any prefix) or `id`. */
export function attrLocal(attrs: Record<string, string>, local: string): string | undefined {
  if (local in attrs) return attrs[local];
  for (const k of Object.keys(attrs)) if (k.endsWith(`:${local}`)) return attrs[k];
  return undefined;
}

/** Index of the `>` closing the tag that starts at `from`, skipping quoted attribute values; -1 if none. */
export function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}
