/**
 * Reads a workbook the exceljs writer produced back into the `Written` shape: cells through an
 * exceljs reopen, tables (with their calculatedColumnFormula), list validations and
 * conditional formats (with their dxf colours) straight from the package XML, as Excel reads them.
 */
import type * as ExcelJS from 'exceljs';
import type { Cell } from '../../../shared/grid/grid';
import { toDisplayForm } from '../../../shared/workbook/formulas';
import { reopen, sheetParts, tableParts, xmlParts } from '../../functions/xlsx/write-support';
import {
  hexColor,
  type Written,
  type WrittenRule,
  type WrittenSheet,
  type WrittenTable,
} from './written';

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function cellsOf(ws: ExcelJS.Worksheet): WrittenSheet['cells'] {
  const out: Record<string, Cell | { formula: string }> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      if (c.formula) out[c.address] = { formula: toDisplayForm(c.formula) };
      else if (c.value instanceof Date)
        throw new Error(`${c.address}: dates are not starter values`);
      else if (c.value !== null && c.value !== '') out[c.address] = c.value as Cell;
    }),
  );
  return out;
}

/** dxf index → band colours, from styles.xml. */
function dxfs(styles: string): { fill: string; font: string }[] {
  const block = /<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? '';
  return [...block.matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => ({
    fill: hexColor(/<bgColor rgb="(\w+)"/.exec(m[1])?.[1] ?? ''),
    font: hexColor(/<font>[\s\S]*?<color rgb="(\w+)"/.exec(m[1])?.[1] ?? ''),
  }));
}

function rulesOf(xml: string, styles: ReturnType<typeof dxfs>): WrittenRule[] {
  return [
    ...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g),
  ].flatMap(([, ref, body]) =>
    [...body.matchAll(/<cfRule\b([^>]*)>([\s\S]*?)<\/cfRule>/g)].map(([, attrs, inner]) => {
      const formulas = [...inner.matchAll(/<formula>([^<]*)<\/formula>/g)].map((f) =>
        unescape(f[1]),
      );
      const rule = /type="expression"/.test(attrs)
        ? `expression =${formulas[0]}`
        : `between ${formulas[0]}..${formulas[1]}`;
      const style = styles[Number(/dxfId="(\d+)"/.exec(attrs)?.[1])];
      return { ref, rule, fill: style.fill, font: style.font };
    }),
  );
}

function validationsOf(xml: string): WrittenSheet['validations'] {
  return [
    ...xml.matchAll(/<dataValidation\b[^>]*sqref="([^"]+)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g),
  ].map(([, ref, f]) => {
    const text = unescape(f);
    return { ref, list: text.startsWith('"') ? text.slice(1, -1) : `=${text}` };
  });
}

function freezeOf(ws: ExcelJS.Worksheet): WrittenSheet['freeze'] {
  const v = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  return v?.state === 'frozen'
    ? { rows: v.ySplit ?? 0, cols: v.xSplit ?? 0 }
    : { rows: 0, cols: 0 };
}

function tablesOf(bytes: Uint8Array, wb: ExcelJS.Workbook): WrittenTable[] {
  const parts = tableParts(bytes);
  return wb.worksheets.flatMap((ws) =>
    Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables).map((name) => {
      const xml = parts[name];
      const cols = [
        ...xml.matchAll(
          /<tableColumn\b[^>]*name="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/tableColumn>)/g,
        ),
      ];
      const calculated: Record<string, string> = {};
      for (const [, header, inner] of cols) {
        const f = /<calculatedColumnFormula>([^<]*)</.exec(inner ?? '')?.[1];
        if (f) calculated[unescape(header)] = toDisplayForm(unescape(f));
      }
      return {
        name,
        sheet: ws.name,
        ref: /<table\b[^>]*\bref="([^"]+)"/.exec(xml)![1],
        headers: cols.map((c) => unescape(c[1])),
        calculated,
      };
    }),
  );
}

export async function exceljsWritten(bytes: Uint8Array): Promise<Written> {
  const wb = await reopen(bytes);
  const xml = sheetParts(bytes);
  const styles = dxfs(xmlParts(bytes)['xl/styles.xml']);
  return {
    sheets: wb.worksheets.map((ws) => ({
      name: ws.name,
      cells: cellsOf(ws),
      validations: validationsOf(xml[ws.name]),
      rules: rulesOf(xml[ws.name], styles),
      freeze: freezeOf(ws),
    })),
    tables: tablesOf(bytes, wb),
  };
}
