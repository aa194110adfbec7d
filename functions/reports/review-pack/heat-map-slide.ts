/** Risk slide (9.3.2 f): the residual heat map as a native table in the band colours, and a treatment-status chart. */
import type PptxGenJS from 'pptxgenjs';
import type { ReviewPack } from '../../../shared/review';
import { safeColor, textOn } from '../text';
import { MARGIN, MUTED, st, titleBand } from './slide-kit';

export function heatMapSlide(pptx: PptxGenJS, p: ReviewPack, heading: string): void {
  const slide = pptx.addSlide();
  titleBand(
    slide,
    `${heading} — heat map`,
    'Residual risk: number of risks per likelihood and impact, in the rating band colours.',
  );
  const map = p.risk.heatMaps?.residual;
  if (!map) {
    slide.addText('No heat map: no risk methodology is documented.', {
      x: MARGIN,
      y: 1.8,
      w: 8,
      h: 0.4,
      fontSize: 14,
      color: MUTED,
    });
    return;
  }
  const ls = [...map.likelihood].sort((a, b) => b.level - a.level);
  const is = [...map.impact].sort((a, b) => a.level - b.level);
  const head = [
    { text: 'L \\ I', options: { bold: true } },
    ...is.map((i) => ({ text: st(`${i.level} ${i.label}`, 14), options: { bold: true } })),
  ];
  const rows = ls.map((l) => [
    { text: st(`${l.level} ${l.label}`, 16), options: { bold: true } },
    ...is.map((i) => {
      const c = map.cells.find((x) => x.likelihood === l.level && x.impact === i.level);
      const fill = safeColor(c?.color, '#FFFFFF');
      return {
        text: String(c?.count ?? 0),
        options: {
          fill: { color: fill.slice(1) },
          color: textOn(fill).slice(1),
          align: 'center' as const,
          bold: true,
        },
      };
    }),
  ]);
  const cell = Math.min(0.9, 5.2 / (ls.length + 1));
  slide.addTable([head, ...rows], {
    x: MARGIN,
    y: 1.7,
    colW: [1.6, ...is.map(() => cell * 1.3)],
    rowH: cell,
    fontSize: 11,
    valign: 'middle',
    border: { type: 'solid', pt: 1, color: 'FFFFFF' },
  });
  const byStatus = p.risk.treatment.byStatus;
  if (byStatus.length)
    slide.addChart(
      'bar',
      [
        {
          name: 'Risks',
          labels: byStatus.map((l) => st(l.key, 30)),
          values: byStatus.map((l) => l.count),
        },
      ],
      {
        x: 8.2,
        y: 1.7,
        w: 4.6,
        h: 4.4,
        barDir: 'bar',
        showValue: true,
        chartColors: ['2E75B6'],
        showTitle: true,
        title: 'Treatment status',
        titleFontSize: 13,
        catAxisLabelFontSize: 10,
        valAxisHidden: true,
      },
    );
}
