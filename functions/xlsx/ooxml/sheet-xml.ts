/**
 * A hand-written scanner over a worksheet part (ECMA-376 §18.3), fed in pieces that each end
 * before a `<row` tag (see sheet-stream.ts), so a sheet is never held whole. Only `<sheetData>`
 * cells and `<mergeCells>` are read; `<dimension>`, data validations, conditional formats and the
 * like are never looked at, so ranges declared down to row 1,048,576 cost nothing.
 */
import { cellAddress, type Cell } from '../../../shared';
import { cellType, cellValue } from './cell-value';
import { isDelim, readCellTag, type CellTag } from './cell-tag';
import { displayText } from './number-format';
import { gridBuilder, type GridBudget } from './sheet-grid';
import { prefixOf, stringItemText } from './shared-strings';
import type { CellStyles } from './styles';
import { eachTag } from './xml-text';

export type SheetContext = {
  readonly strings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly budget: GridBudget;
  readonly overBudget: () => never;
};

export type ScannedSheet = {
  origin: { row: number; col: number };
  rows: (readonly Cell[])[];
  merges: string[];
  display: Record<string, string>;
  formulas: string[];
};

export type SheetScanner = {
  /** Scans a piece of the part; pieces must not split a `<row>` element. */
  feed(text: string): void;
  finish(): ScannedSheet;
};

/** Excel for Mac's 1904 date system starts 1462 days later; serials are moved to the 1900 system. */
const DAYS_1904 = 1462;

export function sheetScanner(ctx: SheetContext): SheetScanner {
  const grid = gridBuilder(ctx.budget, ctx.overBudget);
  const display: [number, number, string][] = [];
  const formulaAt: number[] = [];
  const tag: CellTag = { row: 0, col: 0, style: 0, type: null, raw: '', formula: false, inline: -1, next: -1 };
  let p: string | null = null;
  let state: 'before' | 'in' | 'after' = 'before';
  let tail = '';
  const onCell = (xml: string): void => {
    if (tag.col > 16384 || tag.row > 1048576) return;
    if (tag.formula) formulaAt.push(tag.row * 16384 + tag.col - 1);
    const type = cellType(tag.type);
    const v = tag.inline >= 0 && type === 'inlineStr' ? inlineText(xml, tag, p ?? '') : cellValue(type, tag.raw, ctx.strings);
    if (v === null) return;
    let value = v;
    if (typeof v === 'number') {
      const fmt = ctx.styles.formatOf(tag.style);
      if (fmt.kind === 'date' && ctx.date1904 && type === 'n') value = v + DAYS_1904;
      const text = displayText(v, fmt);
      if (text !== null) display.push([tag.row, tag.col, text]);
    }
    grid.put(tag.row, tag.col, value);
  };
  return {
    feed(text) {
      p ??= prefixOf(text.slice(0, 65536), 'worksheet');
      let from = 0;
      if (state === 'before') {
        const at = text.indexOf(`<${p}sheetData`);
        if (at < 0) return;
        state = 'in';
        from = at + 1;
      }
      if (state === 'in') {
        const close = text.indexOf(`</${p}sheetData>`, from);
        scanCells(text, from, close < 0 ? text.length : close, p, tag, onCell);
        if (close < 0) return;
        state = 'after';
        from = close;
      }
      tail += text.slice(from);
    },
    finish() {
      const { origin, rows } = grid.build();
      return {
        origin,
        rows,
        merges: readMerges(tail, p ?? ''),
        display: Object.fromEntries(display.map(([r, c, t]) => [cellAddress(r, c), t])),
        formulas: formulaAddresses(formulaAt, grid.inside),
      };
    },
  };
}

/** A1 addresses of the formula cells inside the grid (positions packed as row × 16384 + col − 1). */
function formulaAddresses(packed: readonly number[], inside: (row: number, col: number) => boolean): string[] {
  const out: string[] = [];
  for (const n of packed) {
    const row = Math.floor(n / 16384);
    const col = (n % 16384) + 1;
    if (inside(row, col)) out.push(cellAddress(row, col));
  }
  return out;
}

/** Scans a whole part held as one string (tests, small sheets). */
export function scanSheet(xml: string, ctx: SheetContext): ScannedSheet {
  const s = sheetScanner(ctx);
  s.feed(xml);
  return s.finish();
}

function scanCells(xml: string, from: number, end: number, p: string, tag: CellTag, onCell: (xml: string) => void): void {
  let i = xml.indexOf('<', from);
  while (i >= 0 && i < end) {
    const k = i + 1 + p.length;
    if (p.length > 0 && !xml.startsWith(p, i + 1)) {
      i = xml.indexOf('<', i + 1);
      continue;
    }
    const c = xml.charCodeAt(k);
    if (c === 99 && isDelim(xml.charCodeAt(k + 1))) {
      readCellTag(xml, k + 1, p, tag);
      onCell(xml);
      i = tag.next;
    } else {
      if (c === 114 && xml.startsWith('row', k) && isDelim(xml.charCodeAt(k + 3))) startRow(xml, k + 3, tag);
      i = xml.indexOf('<', i + 1);
    }
  }
}

/** `<row r="7" …>`: cells without an `r` attribute continue from here (§18.3.1.73). */
function startRow(xml: string, from: number, tag: CellTag): void {
  const gt = xml.indexOf('>', from);
  const m = /\sr\s*=\s*["'](\d+)["']/.exec(xml.slice(from - 1, gt));
  tag.row = m ? Number(m[1]) : tag.row + 1;
  tag.col = 0;
}

function inlineText(xml: string, tag: CellTag, p: string): Cell {
  const gt = xml.indexOf('>', tag.inline);
  const end = xml.indexOf(`</${p}is>`, gt);
  if (xml.charCodeAt(gt - 1) === 47 || end < 0) return null;
  const s = stringItemText(xml, gt + 1, end, p);
  return s === '' ? null : s;
}

/** `<mergeCells><mergeCell ref="B6:D7"/>…` after the sheet data (§18.3.1.55). */
function readMerges(tail: string, p: string): string[] {
  const at = tail.indexOf(`<${p}mergeCells`);
  if (at < 0) return [];
  const close = tail.indexOf(`</${p}mergeCells>`, at);
  const merges: string[] = [];
  eachTag(tail.slice(at + 1, close < 0 ? tail.length : close), 'mergeCell', (a) => {
    if (a.ref) merges.push(a.ref);
  });
  return merges;
}
