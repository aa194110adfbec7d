/**
 * exceljs CellValue → Cell, matching what office-js Range.values and readXlsx give: formula
 * results unwrapped, rich text joined, hyperlinks as their text, errors as `#…` strings, and
 * dates as Excel serial numbers (exceljs returns Date; both become serials here).
 */
import type ExcelJS from 'exceljs';
import type { Cell } from '../../shared';

const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel serial day number of a Date (exceljs reads and writes dates as UTC). */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EPOCH_MS) / 86_400_000;
}

export function normaliseExcelJsValue(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  return normaliseObject(v);
}

function normaliseObject(v: object): Cell {
  if ('error' in v) return String(v.error);
  if ('richText' in v && Array.isArray(v.richText)) return joinRuns(v.richText);
  if ('hyperlink' in v && 'text' in v) {
    const text = v.text;
    if (typeof text === 'string') return text === '' ? null : text;
    return normaliseExcelJsValue(text as ExcelJS.CellValue);
  }
  if ('formula' in v || 'sharedFormula' in v) {
    return 'result' in v ? normaliseExcelJsValue(v.result as ExcelJS.CellValue) : null;
  }
  return null;
}

function joinRuns(runs: readonly unknown[]): Cell {
  const text = runs
    .map((r) => (r && typeof r === 'object' && 'text' in r ? String(r.text) : ''))
    .join('');
  return text === '' ? null : text;
}
