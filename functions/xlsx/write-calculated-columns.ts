/**
 * exceljs cannot declare a table column "calculated" (it has no `calculatedColumnFormula`), so
 * Excel would treat the formulas as plain cells and not fill them into rows a user adds. This
 * patches the table parts of the written package: each named column gets its
 * `<calculatedColumnFormula>` (ECMA-376 Part 1, 18.5.1.1), the same text as its cells' formulas,
 * and the totals attributes exceljs adds to tables without a totals row are dropped.
 * Note: exceljs 4.4 itself cannot load tables with calculated columns (exceljs #1240), as with
 * any workbook Excel saved with one; read such files with the ooxml reader.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Table name → column name → formula (file-format long form, no leading `=`). */
export type CalculatedColumns = Readonly<Record<string, Readonly<Record<string, string>>>>;

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Adds the formulas to one table part's XML; columns it does not hold are left alone. */
export function patchTableXml(xml: string, columns: Readonly<Record<string, string>>): string {
  return xml.replace(
    /<tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/tableColumn>)/g,
    (whole, attrs: string, _end, inner) => {
      const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
      const formula = name === undefined ? undefined : columns[unescapeXml(name)];
      if (
        formula === undefined ||
        (typeof inner === 'string' && inner.includes('calculatedColumnFormula'))
      )
        return whole;
      const body = `<calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula>`;
      return `<tableColumn${attrs}>${body}${typeof inner === 'string' ? inner : ''}</tableColumn>`;
    },
  );
}

/**
 * exceljs marks every table `totalsRowShown="1"` with a "Total" label although it writes no totals
 * row; Excel writes `totalsRowShown="0"` and no totals attributes for such tables.
 */
export function withoutTotals(xml: string): string {
  if (/\btotalsRowCount="[1-9]/.test(xml)) return xml;
  return xml
    .replace(/\btotalsRowShown="1"/, 'totalsRowShown="0"')
    .replace(/ totalsRow(?:Label|Function)="[^"]*"/g, '');
}

/** Rewrites the package with calculated columns declared; other parts are copied unchanged. */
export function declareCalculatedColumns(xlsx: Uint8Array, tables: CalculatedColumns): Uint8Array {
  const files = unzipSync(xlsx);
  const out: Zippable = {};
  for (const [path, data] of Object.entries(files)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(path)) {
      out[path] = data;
      continue;
    }
    const xml = strFromU8(data);
    const name = /<table\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1];
    const columns = name === undefined ? undefined : tables[unescapeXml(name)];
    out[path] = strToU8(patchTableXml(withoutTotals(xml), columns ?? {}));
  }
  return zipSync(out, { level: 6 });
}
