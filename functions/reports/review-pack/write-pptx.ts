/**
 * The management review pack as slides (pptxgenjs, loaded on first use): the summary slide
 * (readiness per stage, top risks, decisions needed), then one slide per non-empty table of each
 * 9.3.2 input (empty ones listed on the section's first slide), the residual heat map as a
 * native coloured table with a treatment-status chart, and the 9.3.3 decisions page.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ReviewPack } from '../../../shared/review';
import { packOutline, type PackSection } from './outline';
import { MARGIN, MUTED, SLIDE_W, st, tableHeight, textTable, titleBand } from './slide-kit';
import { heatMapSlide } from './heat-map-slide';
import { summarySlide } from './summary-slide';

/** Bottom of the usable slide area, inches. */
const BOTTOM = 7.1;

function sectionSlides(pptx: PptxGenJS, p: ReviewPack, s: PackSection): void {
  const heading = `${s.clause} ${s.title}`;
  const full = s.tables.filter((t) => t.rows.length > 0);
  const lines = s.tables.filter((t) => t.rows.length === 0).map((t) => `${t.title}: ${t.empty}`);
  let slide = pptx.addSlide();
  titleBand(slide, heading, s.lead);
  let y = 1.7;
  if (lines.length) {
    slide.addText(
      lines.map((l) => ({ text: st(l, 200), options: { bullet: true, breakLine: true } })),
      {
        x: MARGIN,
        y,
        w: SLIDE_W - 2 * MARGIN,
        h: 0.3 * lines.length + 0.1,
        fontSize: 12,
        color: MUTED,
        valign: 'top',
      },
    );
    y += 0.3 * lines.length + 0.25;
  }
  let fresh = lines.length === 0;
  for (const t of full) {
    const h = 0.4 + Math.min(tableHeight(t), BOTTOM - 1.6);
    if (y + h > BOTTOM && !fresh) {
      slide = pptx.addSlide();
      titleBand(slide, `${heading} (continued)`, '');
      y = 1.1;
    }
    slide.addText(st(t.title), {
      x: MARGIN,
      y,
      w: 9,
      h: 0.35,
      fontSize: 14,
      bold: true,
      align: 'left',
    });
    textTable(slide, t, { y: y + 0.4 });
    y += h + 0.2;
    fresh = false;
  }
  if (s.heatMaps) heatMapSlide(pptx, p, heading);
}

export async function writeReviewPackPptx(p: ReviewPack): Promise<Uint8Array> {
  const mod = await import('pptxgenjs');
  const Pptx =
    (mod as unknown as { default?: typeof PptxGenJS }).default ??
    (mod as unknown as typeof PptxGenJS);
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `Management review ${p.asOf}`;
  pptx.company = p.workbooks.join(', ').slice(0, 200);
  const [summary, ...rest] = packOutline(p);
  summarySlide(pptx, p, summary);
  for (const s of rest) {
    if (s.id === 'decisions') {
      const slide = pptx.addSlide();
      titleBand(slide, `${s.clause} ${s.title}`, s.lead);
      textTable(slide, s.tables[0], { y: 1.8, w: SLIDE_W - 2 * MARGIN });
    } else sectionSlides(pptx, p, s);
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}
