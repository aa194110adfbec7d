/**
 * Excel Tables (ListObjects, ECMA-376 §18.5): found through the sheet's relationships
 * (xl/worksheets/_rels/sheetN.xml.rels → xl/tables/tableN.xml). Only the definition is read; the
 * table's cells are the sheet's cells.
 */
import type { TableRef } from '../../shared';
import { missingPart, type PackageFinding } from './package-findings';
import { parseRels, relsPathFor } from './rels';
import { decodeXstring, eachTag } from './xml-text';

/** Reads the part at a zip path as text, or null when absent. */
export type PartText = (path: string) => string | null;

/** Where a sheet's tables are and whom to tell when one cannot be read. */
export type TableSource = { file: string; report: PackageFinding };

/** The sheet's tables; a table part that is missing or unreadable is reported, never skipped silently. */
export function readSheetTables(
  sheetName: string,
  sheetPath: string,
  text: PartText,
  src: TableSource = { file: '', report: () => {} },
): TableRef[] {
  const rels = parseRels(text(relsPathFor(sheetPath)), sheetPath);
  const tables: TableRef[] = [];
  for (const rel of rels) {
    if (rel.type !== 'table' || rel.external) continue;
    const xml = text(rel.target);
    const table = xml === null ? null : parseTable(xml, sheetName);
    if (table) tables.push(table);
    else {
      const part = `The table part ${rel.target} of sheet "${sheetName}"`;
      const what = `${part} ${xml === null ? 'is missing from the file' : 'has no usable name (at most 255 characters) or range'}`;
      src.report(missingPart(src.file, sheetName, what, 'that table could not be read'));
    }
  }
  return tables;
}

export function parseTable(xml: string, sheet: string): TableRef | null {
  let head: Record<string, string> | null = null;
  eachTag(xml, 'table', (a) => {
    head ??= a;
  });
  if (head === null) return null;
  const a: Record<string, string> = head;
  const name = a.displayName ?? a.name;
  if (!name || !a.ref || name.length > 255) return null; // Excel's limit; names are map keys
  const columns: string[] = [];
  eachTag(xml, 'tableColumn', (c) => {
    columns.push(decodeXstring(c.name ?? ''));
  });
  return {
    name,
    sheet,
    ref: withoutTotalsRow(a.ref, Number(a.totalsRowCount ?? 0)),
    hasHeaderRow: a.headerRowCount !== '0',
    columns,
  };
}

/** The totals row is not data; the ref handed on stops above it (`A1:X11` with 1 totals row → `A1:X10`). */
function withoutTotalsRow(ref: string, totals: number): string {
  if (!(totals > 0)) return ref;
  const m = /^([A-Z]+\d+):([A-Z]+)(\d+)$/i.exec(ref);
  if (!m) return ref;
  return `${m[1]}:${m[2]}${Math.max(1, Number(m[3]) - totals)}`;
}
