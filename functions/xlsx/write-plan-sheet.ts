/**
 * One sheet of the workbook plan as worksheet XML pieces, in the house style: navy headers (slate
 * over calculated columns), top-aligned data, wrapped prose, hairline row rules on registers,
 * band-coloured fills. A register's rows are generated one at a time, so a 100k-row table never
 * exists as one string.
 */
import {
  isPlanFormula,
  type PlanText,
  type SheetPlan,
  type TablePlan,
} from '../../shared/workbook';
import { ByteSink, RowLabel } from './write-bytes';
import { esc, MAIN } from './write-xml';
import { ColumnCells } from './write-column-cells';
import { sharedFormulas } from './write-shared-formulas';
import {
  cellXml,
  formulaBytes,
  letter,
  rowXml,
  sheetHead,
  sheetTail,
  type SharedStrings,
} from './write-sheet-xml';
import type { StyleSheet, XStyle } from './write-styles';

const ROW_OPEN = Buffer.from('<row r="');
const ROW_GT = Buffer.from('">');
const ROW_CLOSE = Buffer.from('</row>');

const NAVY = 'FF1F3864';
const SLATE = 'FF44546A';
const WHITE = 'FFFFFFFF';
const PAPER = { A4: 9, A3: 8 } as const;
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

const TEXT_STYLES: Readonly<Record<PlanText['role'], XStyle>> = {
  title: { font: { bold: true, size: 16, color: NAVY } },
  note: { font: { italic: true, color: 'FF595959' } },
  section: { font: { bold: true, size: 12, color: NAVY } },
  header: { font: { bold: true, color: WHITE }, fill: NAVY },
  label: { font: { bold: true }, v: 'top', wrap: true },
  text: { v: 'top', wrap: true },
};

function headerStyle(formula: boolean): XStyle {
  return {
    font: { bold: true, color: WHITE },
    fill: formula ? SLATE : NAVY,
    h: 'left',
    v: 'middle',
    wrap: true,
    numFmt: 'General',
  };
}

/** Style of a register column (its `<col>`), and of its data cells (plus the row rule). */
function columnStyle(c: TablePlan['columns'][number]): XStyle {
  const align: XStyle = c.center ? { h: 'center', v: 'top' } : { v: 'top', wrap: c.wrap };
  return c.numberFormat ? { ...align, numFmt: c.numberFormat } : align;
}

/**
 * Rows whose wrapped text needs more than one line get a height (readers do not grow them).
 * Runs on every register row: the wrapped columns and their line lengths are worked out once,
 * and a short text without a line break is one line without being split.
 */
function rowHeights(t: TablePlan): (cells: TablePlan['rows'][number]) => number | undefined {
  const wrapped = t.columns.flatMap((c, i) =>
    c.wrap ? [{ i, perLine: Math.max(1, Math.floor(c.width * 1.05)) }] : [],
  );
  return (cells) => {
    let lines = 1;
    for (const { i, perLine } of wrapped) {
      const v = cells[i];
      if (typeof v !== 'string' || (v.length <= perLine && !v.includes('\n'))) continue;
      const n = v
        .split('\n')
        .reduce((s, part) => s + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, n);
    }
    return lines > 1 ? Math.min(409, lines * 15 + 1) : undefined;
  };
}

function tail(plan: SheetPlan, styles: StyleSheet): string {
  return sheetTail({
    merges: [],
    formats: plan.formats.map((f) => ({
      ref: f.ref,
      rules: f.rules.map((r) => ({ ...r, dxf: styles.dxf(argb(r.fill), argb(r.font)) })),
    })),
    validations: plan.validations,
    print: { paper: PAPER[plan.print.paper], fit: true },
    tables: plan.tables.length,
  });
}

/**
 * A register: its table from A1, whole-column formats, rows encoded straight into bytes, each
 * calculated column's formula copied in as pre-encoded bytes.
 */
function* registerXml(
  plan: SheetPlan,
  styles: StyleSheet,
  sst: SharedStrings,
): Generator<string | Uint8Array> {
  const t = plan.tables[0];
  const colStyles = t.columns.map((c) => styles.id(columnStyle(c)));
  const cellStyles = t.columns.map((c) => styles.id({ ...columnStyle(c), rule: true }));
  const cols = t.columns.map((c, i) => ({ col: t.left + i, width: c.width, style: colStyles[i] }));
  yield sheetHead({ freeze: plan.freeze, gridLines: plan.gridLines, fitToPage: true, cols });
  const letters = t.columns.map((_, i) => letter(t.left + i));
  const head = t.columns.map((c, i) =>
    cellXml(`${letters[i]}${t.top}`, c.header, styles.id(headerStyle(c.formula === true)), sst),
  );
  yield rowXml(t.top, head.join(''), 30);
  const shared = sharedFormulas(t, letters);
  const columns = t.columns.map((_, i) => new ColumnCells(t.left + i, cellStyles[i], sst));
  const formulas = new Map<string, Uint8Array>();
  const rowHeight = rowHeights(t);
  const sink = new ByteSink();
  const r = new RowLabel();
  for (let k = 0; k < t.rows.length; k++) {
    const cells = t.rows[k];
    r.set(t.top + 1 + k);
    const height = rowHeight(cells);
    sink.small(ROW_OPEN);
    sink.small(r.digits, r.length);
    if (height) sink.text(`" ht="${height}" customHeight="1">`);
    else sink.small(ROW_GT);
    for (let i = 0; i < columns.length; i++) {
      const v = cells[i];
      if (!isPlanFormula(v)) {
        columns[i].write(sink, r, v);
        continue;
      }
      const s = shared[i];
      let f = s ? (k === 0 ? s.first : s.rest) : formulas.get(v.formula);
      if (f === undefined) {
        f = formulaBytes(v.formula);
        formulas.set(v.formula, f);
      }
      columns[i].writeFormula(sink, r, f, v.result);
    }
    sink.small(ROW_CLOSE);
    if (sink.length > 1 << 19) yield sink.take();
  }
  yield sink.take();
  yield tail(plan, styles);
}

type Laid = Map<number, Map<number, string>>;

function lay(out: Laid, row: number, col: number, xml: string): void {
  if (!xml) return;
  let r = out.get(row);
  if (!r) out.set(row, (r = new Map()));
  r.set(col, xml);
}

/** About and Methodology: small sheets laid out cell by cell, then written in row order. */
function* layoutXml(plan: SheetPlan, styles: StyleSheet, sst: SharedStrings): Generator<string> {
  const base = new Map(
    plan.widths.map((w) => [
      w.col,
      w.col <= 3 ? ({ v: 'top', wrap: w.wrap === true } as XStyle) : {},
    ]),
  );
  const styleAt = (col: number, extra: XStyle = {}) =>
    styles.id({ ...(base.get(col) ?? {}), ...extra });
  const fills = new Map(plan.fills.map((f) => [f.ref, f]));
  const cells: Laid = new Map();
  const heights = new Map<number, number>();
  for (const t of plan.texts) {
    const ref = `${letter(t.col)}${t.row}`;
    lay(cells, t.row, t.col, cellXml(ref, t.value, styleAt(t.col, TEXT_STYLES[t.role]), sst));
    if (t.role === 'title') heights.set(t.row, 26);
  }
  for (const t of plan.tables) {
    t.columns.forEach((c, i) => {
      const col = t.left + i;
      lay(
        cells,
        t.top,
        col,
        cellXml(`${letter(col)}${t.top}`, c.header, styles.id(headerStyle(false)), sst),
      );
      t.rows.forEach((row, k) => {
        const ref = `${letter(col)}${t.top + 1 + k}`;
        const fill = fills.get(ref);
        const extra: XStyle = {
          ...(c.center ? { h: 'center', v: 'top' } : {}),
          ...(fill ? { fill: argb(fill.fill), font: { bold: true, color: argb(fill.font) } } : {}),
        };
        lay(cells, t.top + 1 + k, col, cellXml(ref, row[i], styleAt(col, extra), sst));
      });
    });
  }
  const cols = plan.widths.map((w) => ({ col: w.col, width: w.width, style: styleAt(w.col) }));
  yield sheetHead({ freeze: plan.freeze, gridLines: plan.gridLines, fitToPage: true, cols });
  for (const r of [...cells.keys()].sort((a, b) => a - b)) {
    const row = cells.get(r)!;
    const xml = [...row.keys()]
      .sort((a, b) => a - b)
      .map((c) => row.get(c))
      .join('');
    yield rowXml(r, xml, heights.get(r));
  }
  yield tail(plan, styles);
}

/** The worksheet XML of one plan sheet, in pieces. */
export function planSheetXml(
  plan: SheetPlan,
  styles: StyleSheet,
  sst: SharedStrings,
): Iterable<string | Uint8Array> {
  return plan.kind === 'data' ? registerXml(plan, styles, sst) : layoutXml(plan, styles, sst);
}

/**
 * The table part, with each calculated column's `<calculatedColumnFormula>` (ECMA-376 Part 1,
 * 18.5.1.1: Excel fills it into rows a user adds) and no totals row, as Excel writes it.
 */
export function tableXml(t: TablePlan, id: number): string {
  const cols = t.columns
    .map((c, k) => {
      const open = `<tableColumn id="${k + 1}" name="${esc(c.header)}"`;
      return c.calculated
        ? `${open}><calculatedColumnFormula>${esc(c.calculated)}</calculatedColumnFormula></tableColumn>`
        : `${open}/>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${t.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${t.ref}"/><tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
