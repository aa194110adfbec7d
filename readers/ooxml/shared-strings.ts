/**
 * xl/sharedStrings.xml (ECMA-376 §18.4): one `<si>` per string, either plain `<t>` or rich-text
 * runs `<r><t>…</t></r>` whose texts are joined. Phonetic runs (`<rPh>`, furigana) are not part
 * of the cell's value and are skipped, as Excel's own Range.values does.
 */
import { bytesOf, indexOfBytes, isDelim, LT, startsWithBytes, textOf } from './xml-bytes';
import { decodeEntities, decodePart, decodeText, decodeXstring } from './xml-text';

/**
 * The shared-strings part → its strings. UTF-8 parts (all that Excel writes) are read in the
 * bytes: each string's text runs are decoded on their own, so the part never becomes one big
 * string and no string keeps a slice of it alive.
 */
export function readSharedStrings(
  part: Uint8Array | null,
  maxStrings = Infinity,
  tooMany: () => never = () => {
    throw new RangeError('too many shared strings');
  },
): string[] {
  if (part === null) return [];
  const bom =
    part.length >= 2 &&
    ((part[0] === 0xff && part[1] === 0xfe) || (part[0] === 0xfe && part[1] === 0xff));
  if (bom) return parseSharedStrings(decodePart(part));
  const p = prefixOf(textOf(part, 0, Math.min(part.length, 65536)), 'sst');
  const m = {
    open: bytesOf(`<${p}si`),
    close: bytesOf(`</${p}si>`),
    t: bytesOf(`<${p}t`),
    tClose: bytesOf(`</${p}t>`),
    ph: bytesOf(`<${p}rPh`),
    phClose: bytesOf(`</${p}rPh>`),
  };
  const out: string[] = [];
  let i = indexOfBytes(part, m.open, 0);
  while (i >= 0) {
    const gt = part.indexOf(0x3e, i);
    if (gt < 0) break;
    if (out.length >= maxStrings) tooMany();
    if (part[gt - 1] === 47) {
      out.push('');
      i = indexOfBytes(part, m.open, gt);
      continue;
    }
    const end = indexOfBytes(part, m.close, gt);
    if (end < 0) break;
    out.push(itemTextAt(part, gt + 1, end, m));
    i = indexOfBytes(part, m.open, end);
  }
  return out;
}

type ItemMarkup = { t: Uint8Array; tClose: Uint8Array; ph: Uint8Array; phClose: Uint8Array };

/** `stringItemText` on bytes: the `<t>` runs of `b[from, to)` outside `<rPh>`, joined and decoded. */
function itemTextAt(b: Uint8Array, from: number, to: number, m: ItemMarkup): string {
  let text = '';
  let i = b.indexOf(LT, from);
  while (i >= 0 && i < to) {
    if (startsWithBytes(b, m.ph, i)) {
      const e = indexOfBytes(b, m.phClose, i);
      i = e < 0 || e >= to ? to : e;
    } else if (startsWithBytes(b, m.t, i) && isDelim(b[i + m.t.length])) {
      const gt = b.indexOf(0x3e, i);
      if (b[gt - 1] !== 47) {
        const e = indexOfBytes(b, m.tClose, gt);
        if (e < 0 || e > to) break;
        text += textOf(b, gt + 1, e);
        i = e;
      } else i = gt;
    }
    i = b.indexOf(LT, i + 1);
  }
  return decodeXstring(decodeEntities(text));
}

export function parseSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const out: string[] = [];
  const p = prefixOf(xml, 'sst');
  const open = `<${p}si`;
  const close = `</${p}si>`;
  let i = xml.indexOf(open);
  while (i >= 0) {
    const gt = xml.indexOf('>', i);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      i = xml.indexOf(open, gt);
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end < 0) break;
    out.push(stringItemText(xml, gt + 1, end, p));
    i = xml.indexOf(open, end);
  }
  return out;
}

/**
 * Joined text of the `<t>` elements in `xml[from, to)`, leaving out those inside `<rPh>`. Shared
 * by shared strings and inline strings (`<is>`), which have the same content model (CT_Rst).
 */
export function stringItemText(xml: string, from: number, to: number, p: string): string {
  const tOpen = `<${p}t`;
  const tClose = `</${p}t>`;
  const phOpen = `<${p}rPh`;
  let text = '';
  let i = xml.indexOf('<', from);
  while (i >= 0 && i < to) {
    if (xml.startsWith(phOpen, i)) {
      const e = xml.indexOf(`</${p}rPh>`, i);
      i = e < 0 || e >= to ? to : e;
    } else if (xml.startsWith(tOpen, i) && isNameEnd(xml.charCodeAt(i + tOpen.length))) {
      const gt = xml.indexOf('>', i);
      if (xml.charCodeAt(gt - 1) !== 47) {
        const e = xml.indexOf(tClose, gt);
        if (e < 0 || e > to) break;
        text += xml.slice(gt + 1, e);
        i = e;
      } else i = gt;
    }
    i = xml.indexOf('<', i + 1);
  }
  return decodeText(text);
}

function isNameEnd(c: number): boolean {
  return c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;
}

/** The namespace prefix (`x:` or '') the document uses for its root element `local`. */
export function prefixOf(xml: string, local: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}
