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
  if (v === null || v === undefined || v === '') return '—';
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

/** A table of at most ROWS_PER_SLIDE rows at `y`, columns sized by the table's widths. */
export function textTable(
  slide: PptxGenJS.Slide,
  x: PackTable,
  y: number,
  w = SLIDE_W - 2 * MARGIN,
): number {
  const rows = x.rows.slice(0, ROWS_PER_SLIDE);
  const weights = x.columns.map((_, i) => x.widths?.[i] ?? 12);
  const total = weights.reduce((s, n) => s + n, 0);
  const max = (i: number) => Math.max(20, Math.round((weights[i] / total) * 260));
  const header = x.columns.map((c) => ({
    text: st(c),
    options: { bold: true, color: 'FFFFFF', fill: { color: BRAND } },
  }));
  const body = rows.map((r) => r.map((v, i) => ({ text: st(v, max(i)) })));
  slide.addTable([header, ...body], {
    x: MARGIN,
    y,
    w,
    colW: weights.map((n) => (n / total) * w),
    fontSize: 10,
    fontFace: 'Arial',
    border: { type: 'solid', pt: 0.5, color: 'D9DEE5' },
    valign: 'top',
    margin: 0.04,
  });
  const more = x.rows.length - rows.length;
  if (more > 0)
    slide.addText(`… and ${more} more row(s): see the HTML or xlsx pack.`, {
      x: MARGIN,
      y: 7.0,
      w,
      h: 0.3,
      fontSize: 10,
      italic: true,
      color: MUTED,
    });
  return more;
}
