/**
 * xl/styles.xml: for each cell style index (`<c s="…">`, an index into `<cellXfs>`), the number
 * format that governs how its numbers read.
 */
import { classifyFormat, type NumberFormat } from './number-format';
import { eachTag } from './xml-text';

export type CellStyles = {
  /** Number format of style index `s` (General for unknown indexes). */
  formatOf(s: number): NumberFormat;
};

const GENERAL: NumberFormat = { kind: 'general' };

/** `<xf …>` start tags (any prefix) and the numFmtId inside one. */
const XF = /<(?:[\w.-]+:)?xf(?=[\s/>])[^>]*>/g;
const NUM_FMT_ID = /\snumFmtId\s*=\s*["']\s*(\d+)/;

export function parseStyles(xml: string | null): CellStyles {
  if (xml === null) return { formatOf: () => GENERAL };
  const codes = new Map<number, string>();
  eachTag(xml, 'numFmt', (a) => {
    if (a.numFmtId !== undefined && a.formatCode !== undefined)
      codes.set(Number(a.numFmtId), a.formatCode);
  });
  const formats: NumberFormat[] = [];
  const section = sectionOf(xml, 'cellXfs');
  if (section) {
    // Each format is classified once, however many styles share it: classifying per `<xf>` made
    // 100,000 styles over one 1 MB format code spin for minutes (#11). No object per `<xf>`
    // either, so a styles part of millions of them stays small.
    const byId = new Map<number, NumberFormat>();
    XF.lastIndex = 0;
    for (let m = XF.exec(section); m; m = XF.exec(section)) {
      const id = Number(NUM_FMT_ID.exec(m[0])?.[1] ?? 0);
      let fmt = byId.get(id);
      if (fmt === undefined) byId.set(id, (fmt = classifyFormat(id, codes.get(id))));
      formats.push(fmt);
    }
  }
  return { formatOf: (s) => formats[s] ?? GENERAL };
}

/** The text between `<cellXfs …>` and `</cellXfs>` (any prefix), or null. */
function sectionOf(xml: string, local: string): string | null {
  const m = new RegExp(`<([\\w.-]+:)?${local}[\\s>]`).exec(xml);
  if (!m) return null;
  const end = xml.indexOf(`</${m[1] ?? ''}${local}>`, m.index);
  return xml.slice(m.index, end < 0 ? xml.length : end);
}
