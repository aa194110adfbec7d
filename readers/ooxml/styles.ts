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
    eachTag(section, 'xf', (a) => {
      const id = Number(a.numFmtId ?? 0);
      formats.push(classifyFormat(id, codes.get(id)));
    });
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
