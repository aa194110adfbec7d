/** pptxgenjs helpers for the pack's slides: the title band, a text table, sizes (16:9, inches). */
import type PptxGenJS from 'pptxgenjs';
import { cellText } from '../cell-text';
import type { PackTable } from './outline';

export const SLIDE_W = 13.333;
export const MARGIN = 0.5;
export const BRAND = '1F3864';
export const MUTED = '5A6270';
/** Rows a table shows on a slide; the rest are counted and left to the HTML and xlsx packs. */
export const ROWS_PER_SLIDE = 10;

/** Slide text from a cell: neutralised, one line, cut to `max` characters. */
export function st(v: string | number | null | undefined, max = 140): string {
  if (v === null || v === undefined) return '—';
  const s = cellText(String(v).replace(/\s+/g, ' ').trim());
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function titleBand(slide: PptxGenJS.Slide, heading: string, lead: string): void {
  slide.addShape('rect', { x: 0, y: 0, w: SLIDE_W, h: 0.9, fill: { color: BRAND } });
  slide.addText(st(heading, 90), {
    x: MARGIN,
    y: 0.12,
    w: SLIDE_W - 2 * MARGIN,
    h: 0.66,
    fontSize: 24,
    bold: true,
    color: 'FFFFFF',
    fontFace: 'Arial',
  });
  if (lead)
    slide.addText(st(lead, 400), {
      x: MARGIN,
      y: 1.0,
      w: SLIDE_W - 2 * MARGIN,
      h: 0.6,
      fontSize: 13,
      color: MUTED,
      fontFace: 'Arial',
      valign: 'top',
    });
}

export type Box = { readonly x?: number; readonly y: number; readonly w?: number };

/** The width a table needs: narrow tables (few short columns) do not stretch across the slide. */
export function tableWidth(x: PackTable): number {
  const chars = x.columns.reduce((s, _, i) => s + (x.widths?.[i] ?? 12), 0);
  return Math.min(SLIDE_W - 2 * MARGIN, Math.max(4, chars * 0.11));
}

function colWidths(x: PackTable, w: number): number[] {
  const weights = x.columns.map((_, i) => x.widths?.[i] ?? 12);
  const total = weights.reduce((s, n) => s + n, 0);
  return weights.map((n) => (n / total) * w);
}

/** Estimated height of the table at width `w` (10 pt: about 14 characters per inch, 0.16 in a line). */
export function tableHeight(x: PackTable, w = tableWidth(x)): number {
  const cols = colWidths(x, w);
  const rowH = (r: readonly (string | number | null)[]) =>
    0.08 +
    0.16 *
      Math.max(1, ...r.map((v, i) => Math.ceil(st(v, cellMax(cols[i])).length / (cols[i] * 14))));
  return rowH(x.columns) + x.rows.slice(0, ROWS_PER_SLIDE).reduce((s, r) => s + rowH(r), 0);
}

/** Characters a cell keeps: about three lines of its column. */
function cellMax(colW: number): number {
  return Math.max(24, Math.round(colW * 14 * 3));
}

/** A table of at most ROWS_PER_SLIDE rows in `box`, columns sized by the table's widths. */
export function textTable(slide: PptxGenJS.Slide, x: PackTable, box: Box): number {
  const w = box.w ?? tableWidth(x);
  const cols = colWidths(x, w);
  const rows = x.rows.slice(0, ROWS_PER_SLIDE);
  const header = x.columns.map((c) => ({
    text: st(c),
    options: { bold: true, color: 'FFFFFF', fill: { color: BRAND } },
  }));
  const body = rows.map((r) => r.map((v, i) => ({ text: st(v, cellMax(cols[i])) })));
  slide.addTable([header, ...body], {
    x: box.x ?? MARGIN,
    y: box.y,
    w,
    colW: cols,
    fontSize: 10,
    fontFace: 'Arial',
    border: { type: 'solid', pt: 0.5, color: 'D9DEE5' },
    valign: 'top',
    margin: 0.04,
  });
  const more = x.rows.length - rows.length;
  if (more > 0)
    slide.addText(`… and ${more} more row(s): see the HTML or xlsx pack.`, {
      x: box.x ?? MARGIN,
      y: Math.min(7.05, box.y + tableHeight(x, w) + 0.05),
      w,
      h: 0.3,
      fontSize: 10,
      italic: true,
      color: MUTED,
    });
  return more;
}
