/** The pack's first slide: readiness per stage, blockers, top risks and the decisions needed. */
import type PptxGenJS from 'pptxgenjs';
import type { ReviewPack } from '../../../shared/review';
import type { PackSection } from './outline';
import { BRAND, MARGIN, MUTED, SLIDE_W, st, textTable, titleBand } from './slide-kit';

export function summarySlide(pptx: PptxGenJS, p: ReviewPack, s: PackSection): void {
  const slide = pptx.addSlide();
  const r = p.summary.readiness;
  titleBand(slide, `Management review — ${p.asOf}`, st(p.workbooks.join(', '), 200));
  slide.addShape('rect', {
    x: MARGIN,
    y: 1.6,
    w: 3.6,
    h: 2.6,
    fill: { color: 'EEF1F5' },
    line: { color: 'D9DEE5' },
  });
  slide.addText(`${r.overall}`, {
    x: MARGIN,
    y: 1.65,
    w: 3.6,
    h: 0.9,
    fontSize: 44,
    bold: true,
    color: BRAND,
    align: 'center',
  });
  slide.addText(st(r.verdictLabel), {
    x: MARGIN,
    y: 2.5,
    w: 3.6,
    h: 0.4,
    fontSize: 16,
    bold: true,
    align: 'center',
  });
  slide.addText(
    r.stages.map((x) => ({
      text: `${x.stage}: ${x.ready ? 'ready' : 'not yet ready'}`,
      options: { bullet: true, breakLine: true, color: x.ready ? '006100' : '9C0006' },
    })),
    { x: MARGIN + 0.1, y: 2.95, w: 3.4, h: 0.7, fontSize: 13, align: 'left' },
  );
  slide.addText(
    st(
      r.blockers.length
        ? `${r.blockers.length} blocker(s): ${r.blockers.join(' ')}`
        : r.verdictReason,
      220,
    ),
    {
      x: MARGIN + 0.1,
      y: 3.6,
      w: 3.4,
      h: 0.6,
      fontSize: 9,
      color: MUTED,
      valign: 'top',
    },
  );
  const [risks, decisions] = s.tables;
  const right = { x: 4.4, w: SLIDE_W - 4.4 - MARGIN };
  const heading = { h: 0.35, fontSize: 14, bold: true, align: 'left' as const };
  slide.addText(st(risks.title), { ...right, ...heading, y: 1.5 });
  if (risks.rows.length)
    textTable(slide, { ...risks, rows: risks.rows.slice(0, 5) }, { ...right, y: 1.85 });
  else slide.addText(risks.empty, { ...right, y: 1.9, h: 0.4, fontSize: 12, color: MUTED });
  slide.addText(st(decisions.title), { ...heading, x: MARGIN, y: 4.35, w: 8 });
  if (decisions.rows.length) textTable(slide, decisions, { y: 4.7, w: SLIDE_W - 2 * MARGIN });
  else
    slide.addText(decisions.empty, {
      x: MARGIN,
      y: 4.75,
      w: 8,
      h: 0.4,
      fontSize: 12,
      color: MUTED,
    });
}
