/**
 * Package relationships (OPC, ECMA-376 Part 2 §9): which part is the workbook, which parts are its
 * sheets, shared strings, styles, and which tables belong to a sheet.
 */
import { eachTag } from './xml-text';

export type Rel = {
  readonly id: string;
  /** Last segment of the relationship type URI (`worksheet`, `sharedStrings`, `table` …), so that
   *  transitional and strict (purl.oclc.org) namespaces read the same. */
  readonly type: string;
  /** Zip path of the target part, resolved against the source part, no leading slash. */
  readonly target: string;
  readonly external: boolean;
};

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself (`''`) → `_rels/.rels`. */
export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

export function parseRels(xml: string | null, sourcePart: string): Rel[] {
  if (xml === null) return [];
  const rels: Rel[] = [];
  eachTag(xml, 'Relationship', (a) => {
    const type = a.Type ?? '';
    const external = a.TargetMode === 'External';
    const target = a.Target ?? '';
    rels.push({
      id: a.Id ?? '',
      type: type.slice(type.lastIndexOf('/') + 1),
      target: external ? target : resolvePartPath(sourcePart, target),
      external,
    });
  });
  return rels;
}

/** Resolves `worksheets/sheet1.xml`, `../tables/table1.xml` or `/xl/worksheets/sheet1.xml`. */
export function resolvePartPath(sourcePart: string, target: string): string {
  const decoded = safeDecodeUri(target.replace(/\\/g, '/'));
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
