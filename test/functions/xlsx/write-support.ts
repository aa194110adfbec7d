/** Test helpers for the canonical workbook writer: package parts and an exceljs reopen. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type * as ExcelJS from 'exceljs';

/** Text of every XML part of the package, by path. */
export function xmlParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    if (path.endsWith('.xml') || path.endsWith('.rels')) out[path] = strFromU8(data);
  }
  return out;
}

/** Table part XML by table name. */
export function tableParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, xml] of Object.entries(xmlParts(bytes))) {
    if (!path.startsWith('xl/tables/')) continue;
    const name = /<table\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1];
    if (name) out[name] = xml;
  }
  return out;
}

/** Worksheet part XML by sheet name (via workbook.xml and its relationships). */
export function sheetParts(bytes: Uint8Array): Record<string, string> {
  const parts = xmlParts(bytes);
  const rels = new Map(
    [
      ...parts['xl/_rels/workbook.xml.rels'].matchAll(
        /<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g,
      ),
    ].map((m) => [m[1], m[2].replace(/^\/?(xl\/)?/, 'xl/')]),
  );
  const out: Record<string, string> = {};
  for (const m of parts['xl/workbook.xml'].matchAll(
    /<sheet\b[^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g,
  )) {
    out[m[1]] = parts[rels.get(m[2]) ?? ''];
  }
  return out;
}

/**
 * Reopens the workbook with exceljs. exceljs 4.4 cannot load a table column that has a
 * `<calculatedColumnFormula>` (exceljs issue #1240, PR #1936), which Excel itself writes, so
 * those elements are removed first; tests check them in the XML instead.
 */
export async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const files = unzipSync(bytes);
  for (const path of Object.keys(files)) {
    if (!path.startsWith('xl/tables/')) continue;
    const xml = strFromU8(files[path]).replace(
      /<calculatedColumnFormula>[^<]*<\/calculatedColumnFormula>/g,
      '',
    );
    files[path] = strToU8(xml);
  }
  const mod = await import('exceljs');
  const ExcelJs = (mod as unknown as { default?: typeof ExcelJS }).default ?? mod;
  const wb = new ExcelJs.Workbook();
  await wb.xlsx.load(zipSync(files) as unknown as ArrayBuffer);
  return wb;
}

/** Table model as exceljs reads it back (its typings omit `tableRef`). */
export function tableModel(
  ws: ExcelJS.Worksheet,
  name: string,
): { tableRef: string; columns: { name: string }[] } {
  const t = ws.getTable(name) as unknown as {
    table: { tableRef: string; columns: { name: string }[] };
  };
  return t.table;
}
