/**
 * A hand-written scanner over a worksheet part (ECMA-376 §18.3), fed in pieces that each end
 * before a `<row` tag (see sheet-stream.ts), so a sheet is never held whole. Only `<sheetData>`
 * cells, `<mergeCells>` and list validations (validations.ts: their formulas and ranges, never
 * expanded) are read; `<dimension>`, conditional formats and the like are never looked at, so
 * ranges declared down to row 1,048,576 cost nothing.
 */
import { cellAddress, columnLetter, type Cell } from '../../shared';
import { cellTextOver, type BudgetKind } from '../budget';
import { LONG_CELL_CHARS } from '../limits';
import { cellValueAt } from './cell-value';
import { emptyCellTag, readCellTag, type CellTag } from './cell-tag';
import { displayText } from './number-format';
import { gridBuilder, type CellTally, type GridBudget } from './sheet-grid';
import { prefixOf, stringItemText } from './shared-strings';
import { stringRefs, type MissingStrings } from './string-refs';
import type { CellStyles } from './styles';
import { bytesOf, indexOfBytes, isDelim, joined, LT, startsWithBytes, textOf } from './xml-bytes';
import { readValidations, type RawValidation, type ValidationBudget } from './validations';
import { eachTag } from './xml-text';

export type SheetContext = {
  readonly strings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly budget: GridBudget;
  readonly overBudget: (kind: BudgetKind, at?: string) => never;
  /** The sheet's name, for messages. */
  readonly sheet?: string;
  /** Longest text of one cell, in characters (unbounded when absent). */
  readonly maxCellChars?: number;
  /** Largest UTF-16 sheet part (decoded whole), in bytes (unbounded when absent). */
  readonly maxUtf16Bytes?: number;
  /** Largest `<row>` element, in bytes of XML, the stream will hold (unbounded when absent). */
  readonly maxRowBytes?: number;
  /** Validations the workbook's sheets may still look at (absent: each sheet alone). */
  readonly validations?: ValidationBudget;
  /** Told when the sheet's part is not in the package (the sheet then reads as empty). */
  readonly onMissingPart?: (path: string) => void;
};

export type ScannedSheet = {
  origin: { row: number; col: number };
  rows: (readonly Cell[])[];
  merges: string[];
  display: Record<string, string>;
  formulas: string[];
  /** List validations as written (formula and sqref), resolved once every sheet is read. */
  validations: RawValidation[];
  /** Cells naming a shared string the file does not have (read as blank), or null. */
  missingStrings: MissingStrings | null;
  /** Cells whose address was written twice (the later value kept), or null. */
  duplicateCells: CellTally | null;
};

export type SheetScanner = {
  /** Scans a piece of the part (UTF-8 bytes); pieces must not split a `<row>` element. */
  feed(piece: Uint8Array): void;
  finish(): ScannedSheet;
};

/** Excel for Mac's 1904 date system starts 1462 days later; serials are moved to the 1900 system. */
const DAYS_1904 = 1462;

export function sheetScanner(ctx: SheetContext): SheetScanner {
  const grid = gridBuilder(ctx.budget, ctx.overBudget);
  const display: [number, number, string][] = [];
  const formulaAt: number[] = [];
  const tag = emptyCellTag();
  const refs = stringRefs();
  const tail: Uint8Array[] = [];
  let m: Markup | null = null;
  let state: 'before' | 'in' | 'after' = 'before';
  const budget = ctx.budget;
  const onRow = (): void => {
    if (budget.rowsLeft !== undefined && --budget.rowsLeft < 0) ctx.overBudget('rows');
  };
  const onCell = (b: Uint8Array, mk: Markup): void => {
    // Every `<c>` is charged, empty ones too: a sheet of millions of `<c/>` is not free to scan.
    if (--budget.cellsLeft < 0) ctx.overBudget('cells');
    if (tag.col > 16384 || tag.row > 1048576) return;
    if (tag.formula) formulaAt.push(tag.row * 16384 + tag.col - 1);
    const v =
      tag.inline >= 0 && tag.type === 'inlineStr'
        ? inlineText(b, tag, mk.p)
        : cellValueAt(b, tag, ctx.strings);
    if (v === null) {
      if (tag.type === 's') refs.check(b, tag, ctx.strings);
      return;
    }
    let value = v;
    if (typeof v === 'number') {
      const fmt = ctx.styles.formatOf(tag.style);
      if (fmt.kind === 'date' && ctx.date1904 && tag.type === 'n') value = v + DAYS_1904;
      const text = displayText(v, fmt);
      if (text !== null) display.push([tag.row, tag.col, text]);
    } else if (typeof v === 'string' && budget.textLeft !== undefined) {
      // Each cell is charged its own text, shared strings too: the checks read every copy.
      budget.textLeft -= v.length;
      if (budget.textLeft < 0) ctx.overBudget('text');
      if (v.length > LONG_CELL_CHARS) longCell(ctx, tag, v.length);
    }
    grid.put(tag.row, tag.col, value);
  };
  return {
    feed(b) {
      m ??= markup(prefixOf(textOf(b, 0, Math.min(b.length, 65536)), 'worksheet'));
      let from = 0;
      if (state === 'before') {
        const at = indexOfBytes(b, m.open, 0);
        if (at < 0) return;
        state = 'in';
        from = at + 1;
      }
      if (state === 'in') {
        const close = scanCells(b, from, m, tag, onCell, onRow);
        if (close < 0) return;
        state = 'after';
        from = close;
      }
      tail.push(b.slice(from));
    },
    finish() {
      const { origin, rows } = grid.build();
      const bytes = joined(tail);
      const after = textOf(bytes, 0, bytes.length);
      return {
        origin,
        rows,
        merges: readMerges(after, m?.p ?? ''),
        validations: readValidations(after, ctx.validations),
        display: Object.fromEntries(display.map(([r, c, t]) => [cellAddress(r, c), t])),
        formulas: formulaAddresses(formulaAt, (r, c) => grid.inside(r, c)),
        missingStrings: refs.result(),
        duplicateCells: grid.duplicates(),
      };
    },
  };
}

/** The namespace prefix and the byte patterns that depend on it. */
type Markup = { p: string; prefix: Uint8Array; open: Uint8Array; close: Uint8Array };

function markup(p: string): Markup {
  return {
    p,
    prefix: bytesOf(p),
    open: bytesOf(`<${p}sheetData`),
    close: bytesOf(`</${p}sheetData>`),
  };
}

/** A1 addresses of the formula cells inside the grid (positions packed as row × 16384 + col − 1). */
function formulaAddresses(
  packed: readonly number[],
  inside: (row: number, col: number) => boolean,
): string[] {
  const out: string[] = [];
  const letters: string[] = []; // column letters computed once per column, not once per cell
  for (const n of packed) {
    const row = Math.floor(n / 16384);
    const col = (n % 16384) + 1;
    if (inside(row, col)) out.push(`${(letters[col] ??= columnLetter(col))}${row}`);
  }
  return out;
}

/** A long cell's text against the one-cell limit and the workbook's long-cell allowance. */
function longCell(ctx: SheetContext, tag: CellTag, length: number): void {
  const over = cellTextOver(length, ctx.maxCellChars ?? Infinity, ctx.budget);
  if (over)
    ctx.overBudget(over, `sheet "${ctx.sheet ?? ''}" cell ${cellAddress(tag.row, tag.col)}`);
}

/** Scans a whole part held as one string (tests, small sheets). */
export function scanSheet(xml: string, ctx: SheetContext): ScannedSheet {
  const s = sheetScanner(ctx);
  s.feed(bytesOf(xml));
  return s.finish();
}

/**
 * Visits the rows and cells of `b` from `from`; returns the index of `</sheetData>`, or -1 when
 * the piece ends first. Cells are jumped over whole (readCellTag), so only row-level tags are seen.
 */
function scanCells(
  b: Uint8Array,
  from: number,
  m: Markup,
  tag: CellTag,
  onCell: (b: Uint8Array, m: Markup) => void,
  onRow: () => void,
): number {
  const pl = m.prefix.length;
  let i = b.indexOf(LT, from);
  while (i >= 0) {
    if (pl > 0 && !startsWithBytes(b, m.prefix, i + 1)) {
      if (b[i + 1] === 47 && startsWithBytes(b, m.close, i)) return i;
      i = b.indexOf(LT, i + 1);
      continue;
    }
    const k = i + 1 + pl;
    const c = b[k];
    if (c === 99 && isDelim(b[k + 1])) {
      readCellTag(b, k + 1, pl, tag);
      onCell(b, m);
      i = tag.next;
      continue;
    }
    if (c === 114 && b[k + 1] === 111 && b[k + 2] === 119 && isDelim(b[k + 3])) {
      onRow();
      startRow(b, k + 3, tag);
    } else if (c === 47 && startsWithBytes(b, m.close, i)) return i;
    i = b.indexOf(LT, i + 1);
  }
  return -1;
}

/** `<row r="7" …>`: cells without an `r` attribute continue from here (§18.3.1.73). */
function startRow(b: Uint8Array, from: number, tag: CellTag): void {
  const gt = b.indexOf(0x3e, from);
  const r = rowNumber(b, from, gt < 0 ? b.length : gt);
  // Rows are 1-based: `r="0"` is as good as none (it once put the row's cells in row 1).
  tag.row = r > 0 ? r : tag.row + 1;
  tag.col = 0;
}

/** The digits of the start tag's `r` attribute, or -1 when it has none (or not digits). */
function rowNumber(b: Uint8Array, from: number, gt: number): number {
  for (let k = from; k < gt; k++) {
    if (b[k] !== 114 || b[k - 1] > 32) continue;
    let q = k + 1;
    while (b[q] <= 32) q++;
    if (b[q] !== 0x3d) continue;
    q++;
    while (b[q] <= 32) q++;
    if (b[q] !== 34 && b[q] !== 39) continue;
    let n = 0;
    let d = 0;
    for (q++; b[q] >= 48 && b[q] <= 57; q++, d++) n = n * 10 + b[q] - 48;
    if (d > 0 && (b[q] === 34 || b[q] === 39)) return n;
  }
  return -1;
}

/** `<is>…</is>`: the cell's bytes are decoded (inline strings are rare and short). */
function inlineText(b: Uint8Array, tag: CellTag, p: string): Cell {
  const xml = textOf(b, tag.inline, tag.close);
  const gt = xml.indexOf('>');
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
