/**
 * A minimal, fast xlsx writer for benchmark fixtures: WorkbookSnapshot → xlsx bytes (shared
 * strings, tables, optional formulas with cached values, a date style), zipped with fflate. It
 * writes what Excel writes for such a workbook, so all three readers compared load it normally.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Cell, SheetSnapshot, TableRef, WorkbookSnapshot } from '../../shared';
import { cellAddress, parseRange } from '../../shared';

export type WriteOptions = {
  /** Table name → header → formula (no leading '='); the snapshot's value is the cached result. */
  readonly formulas?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Headers whose data cells get a date format (numFmt 14). */
  readonly dateHeaders?: ReadonlySet<string>;
};

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function snapshotToXlsx(wb: WorkbookSnapshot, opts: WriteOptions = {}): Uint8Array {
  const strings = new Map<string, number>();
  const parts: Record<string, Uint8Array> = {};
  const overrides: string[] = [];
  let tableNo = 0;
  wb.sheets.forEach((sheet, i) => {
    const tables = wb.tables.filter((t) => t.sheet === sheet.name);
    const ids = tables.map(() => ++tableNo);
    parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, tables, strings, opts));
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
    );
    if (tables.length === 0) return;
    parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(
      rels(ids.map((n, k) => [`rId${k + 1}`, 'table', `../tables/table${n}.xml`])),
    );
    tables.forEach((t, k) => {
      parts[`xl/tables/table${ids[k]}.xml`] = strToU8(tableXml(t, ids[k]));
      overrides.push(
        `<Override PartName="/xl/tables/table${ids[k]}.xml" ContentType="${CT}.table+xml"/>`,
      );
    });
  });
  const sheetList = wb.sheets.map(
    (s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  parts['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList.join('')}</sheets></workbook>`,
  );
  const wbRels: [string, string, string][] = wb.sheets.map((_, i) => [
    `rId${i + 1}`,
    'worksheet',
    `worksheets/sheet${i + 1}.xml`,
  ]);
  wbRels.push(['rIdS', 'sharedStrings', 'sharedStrings.xml'], ['rIdT', 'styles', 'styles.xml']);
  parts['xl/_rels/workbook.xml.rels'] = strToU8(rels(wbRels));
  parts['xl/sharedStrings.xml'] = strToU8(sharedStringsXml(strings));
  parts['xl/styles.xml'] = strToU8(STYLES);
  parts['_rels/.rels'] = strToU8(rels([['rId1', 'officeDocument', 'xl/workbook.xml']]));
  parts['[Content_Types].xml'] = strToU8(contentTypes(overrides));
  return zipSync(parts, { level: 6 });
}

function sheetXml(
  sheet: SheetSnapshot,
  tables: readonly TableRef[],
  strings: Map<string, number>,
  opts: WriteOptions,
): string {
  const special = specialColumns(tables, opts);
  const rows: string[] = [];
  sheet.rows.forEach((cells, r) => {
    const row = sheet.origin.row + r;
    const out: string[] = [];
    cells.forEach((v, c) => {
      const col = sheet.origin.col + c;
      const spec = special.get(col);
      const inData = spec !== undefined && row > spec.headerRow && row <= spec.lastRow;
      out.push(cellXml(cellAddress(row, col), v, strings, inData ? spec : undefined));
    });
    rows.push(`<row r="${row}">${out.join('')}</row>`);
  });
  const parts = tables.map((_, k) => `<tablePart r:id="rId${k + 1}"/>`).join('');
  const tableParts =
    tables.length > 0 ? `<tableParts count="${tables.length}">${parts}</tableParts>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join('')}</sheetData>${tableParts}</worksheet>`;
}

type Special = { headerRow: number; lastRow: number; formula?: string; date: boolean };

function specialColumns(tables: readonly TableRef[], opts: WriteOptions): Map<number, Special> {
  const map = new Map<number, Special>();
  for (const t of tables) {
    const range = parseRange(t.ref);
    if (!range) continue;
    t.columns.forEach((h, k) => {
      const formula = opts.formulas?.[t.name]?.[h];
      const date = opts.dateHeaders?.has(h) ?? false;
      if (formula || date)
        map.set(range.start.col + k, {
          headerRow: range.start.row,
          lastRow: range.end.row,
          formula,
          date,
        });
    });
  }
  return map;
}

function cellXml(
  ref: string,
  v: Cell,
  strings: Map<string, number>,
  spec: Special | undefined,
): string {
  const f = spec?.formula ? `<f>${esc(spec.formula)}</f>` : '';
  const s = spec?.date && typeof v === 'number' ? ' s="1"' : '';
  if (v === null) return f ? `<c r="${ref}">${f}</c>` : '';
  if (typeof v === 'number') return `<c r="${ref}"${s}>${f}<v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}" t="b">${f}<v>${v ? 1 : 0}</v></c>`;
  if (f) return `<c r="${ref}" t="str">${f}<v>${esc(v)}</v></c>`;
  let idx = strings.get(v);
  if (idx === undefined) {
    idx = strings.size;
    strings.set(v, idx);
  }
  return `<c r="${ref}" t="s"><v>${idx}</v></c>`;
}

function tableXml(t: TableRef, id: number): string {
  const cols = t.columns.map((c, k) => `<tableColumn id="${k + 1}" name="${esc(c)}"/>`).join('');
  const header = t.hasHeaderRow ? '' : ' headerRowCount="0"';
  const filter = t.hasHeaderRow ? `<autoFilter ref="${t.ref}"/>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${t.ref}"${header} totalsRowShown="0">` +
    `${filter}<tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function sharedStringsXml(strings: Map<string, number>): string {
  const items: string[] = [];
  for (const s of strings.keys()) items.push(`<si><t xml:space="preserve">${esc(s)}</t></si>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function rels(list: readonly [string, string, string][]): string {
  const items = list.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${items.join('')}</Relationships>`;
}

function contentTypes(overrides: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
    `${overrides.join('')}</Types>`
  );
}
