/**
 * The management review pack as slides (pptxgenjs, loaded on first use): the summary slide
 * (readiness per stage, top risks, decisions needed), then one slide per non-empty table of each
 * 9.3.2 input (empty ones listed on the section's first slide), the residual heat map as a
 * native coloured table with a treatment-status chart, and the 9.3.3 decisions page.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ReviewPack } from '../../../shared/review/types';
import { packOutline, type PackSection } from './outline';
import { MARGIN, MUTED, SLIDE_W, st, textTable, titleBand } from './slide-kit';
import { heatMapSlide } from './heat-map-slide';
import { summarySlide } from './summary-slide';

function sectionSlides(pptx: PptxGenJS, p: ReviewPack, s: PackSection): void {
  const heading = `${s.clause} ${s.title}`;
  const full = s.tables.filter((t) => t.rows.length > 0);
  const empty = s.tables.filter((t) => t.rows.length === 0);
  const first = pptx.addSlide();
  titleBand(first, heading, s.lead);
  const lines = empty.map((t) => `${t.title}: ${t.empty}`);
  if (lines.length)
    first.addText(
      lines.map((l) => ({ text: st(l, 200), options: { bullet: true } })),
      {
        x: MARGIN,
        y: 1.7,
        w: SLIDE_W - 2 * MARGIN,
        h: 0.35 * lines.length + 0.2,
        fontSize: 12,
        color: MUTED,
        valign: 'top',
      },
    );
  const startY = 1.8 + (lines.length ? 0.35 * lines.length + 0.3 : 0);
  full.forEach((t, i) => {
    const slide = i === 0 && startY < 3.5 ? first : pptx.addSlide();
    if (slide !== first) titleBand(slide, `${heading} — ${t.title}`, '');
    else
      slide.addText(st(t.title), {
        x: MARGIN,
        y: startY - 0.4,
        w: 8,
        h: 0.35,
        fontSize: 14,
        bold: true,
      });
    textTable(slide, t, slide === first ? startY : 1.2);
  });
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
      textTable(slide, s.tables[0], 1.8);
    } else sectionSlides(pptx, p, s);
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}
