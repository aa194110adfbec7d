/**
 * xl/workbook.xml: the sheets in tab order with their visibility, resolved to their parts through
 * the workbook's relationships. Chart sheets and dialog sheets are not worksheets and are left out.
 */
import { parseRels, type Rel } from './rels';
import { attrLocal, decodeEntities, eachTag, readAttrs, tagEnd } from './xml-text';

export type SheetEntry = {
  readonly name: string;
  /** Zip path of the worksheet part. */
  readonly path: string;
  /** `state="hidden"` or `"veryHidden"` (ECMA-376 §18.18.68 ST_SheetState). */
  readonly hidden: boolean;
};

export type WorkbookInfo = {
  readonly sheets: readonly SheetEntry[];
  readonly sharedStringsPath: string | null;
  readonly stylesPath: string | null;
  /** How many listed sheets are not worksheets (chart sheets, dialog sheets…). */
  readonly otherSheets: number;
  /** Names of listed sheets whose relationship id leads nowhere (a damaged package). */
  readonly unresolved: readonly string[];
  /**
   * Defined names (what a list validation may refer to): `name` → formula for workbook-wide
   * names, `sheet!name` for names local to a sheet; keys in lower case.
   */
  readonly definedNames: ReadonlyMap<string, string>;
  /** 1904 date system (Mac Excel 2008 and older): serials count from 1904-01-01. */
  readonly date1904: boolean;
};

export function parseWorkbookXml(
  workbookPath: string,
  xml: string,
  relsXml: string | null,
): WorkbookInfo {
  const rels = parseRels(relsXml, workbookPath);
  const byId = new Map<string, Rel>(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const listed: string[] = [];
  let otherSheets = 0;
  const unresolved: string[] = [];
  eachTag(xml, 'sheet', (a) => {
    listed.push(a.name ?? '');
    const rel = byId.get(attrLocal(a, 'id') ?? '');
    if (!rel) {
      unresolved.push(a.name ?? '');
      return;
    }
    if (rel.external || rel.type !== 'worksheet') {
      otherSheets++;
      return;
    }
    sheets.push({
      name: a.name ?? rel.target,
      path: rel.target,
      hidden: a.state === 'hidden' || a.state === 'veryHidden',
    });
  });
  let date1904 = false;
  eachTag(xml, 'workbookPr', (a) => {
    date1904 = a.date1904 === '1' || a.date1904 === 'true';
  });
  const first = (type: string, fallback: string): string =>
    rels.find((r) => r.type === type && !r.external)?.target ?? fallback;
  return {
    sheets,
    sharedStringsPath: first('sharedStrings', 'xl/sharedStrings.xml'),
    stylesPath: first('styles', 'xl/styles.xml'),
    otherSheets,
    unresolved,
    definedNames: definedNames(xml, listed),
    date1904,
  };
}

const MAX_NAMES = 4096;

/** `<definedName name="Levels" localSheetId="2">Lists!$A$2:$A$6</definedName>` (§18.2.5). */
function definedNames(xml: string, sheets: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<(?:[\w.-]+:)?definedName(?=[\s>])/g;
  for (let m = re.exec(xml); m && out.size < MAX_NAMES; m = re.exec(xml)) {
    const end = tagEnd(xml, m.index);
    const close = end < 0 ? -1 : xml.indexOf('</', end);
    if (close < 0 || xml[end - 1] === '/') continue;
    const a = readAttrs(xml, m.index + m[0].length, end);
    if (!a.name) continue;
    const local = a.localSheetId === undefined ? undefined : sheets[Number(a.localSheetId)];
    const key = local === undefined ? a.name : `${local}!${a.name}`;
    out.set(key.toLowerCase(), decodeEntities(xml.slice(end + 1, close)));
  }
  return out;
}
