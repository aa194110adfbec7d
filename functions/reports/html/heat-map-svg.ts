/**
 * A heat map as inline SVG: likelihood rows (highest at the top), impact columns, each cell
 * filled with its rating band colour and showing the number of risks in it.
 */
import type { HeatMap } from '../../../shared/model';
import { escapeHtml, safeColor, textOn } from '../text';

const CELL = 46;
const LEFT = 118;
const TOP = 30;
const BOTTOM = 64;

function label(text: string, max = 16): string {
  return escapeHtml(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

export function heatMapSvg(map: HeatMap, title: string): string {
  const ls = [...map.likelihood].sort((a, b) => b.level - a.level);
  const is = [...map.impact].sort((a, b) => a.level - b.level);
  const width = LEFT + is.length * CELL + 8;
  const height = TOP + ls.length * CELL + BOTTOM;
  const parts: string[] = [];
  parts.push(`<text x="${LEFT}" y="18" class="hm-title">${escapeHtml(title)}</text>`);
  ls.forEach((l, r) => {
    const y = TOP + r * CELL;
    parts.push(
      `<text x="${LEFT - 8}" y="${y + CELL / 2 + 4}" text-anchor="end" class="hm-axis">${l.level} ${label(l.label)}</text>`,
    );
    is.forEach((i, c) => {
      const cell = map.cells.find((x) => x.likelihood === l.level && x.impact === i.level);
      const fill = safeColor(cell?.color);
      const x = LEFT + c * CELL;
      const tip = `Likelihood ${l.level} × impact ${i.level}: ${cell?.band ?? 'unrated'}, ${cell?.count ?? 0} risk(s)`;
      parts.push(
        `<g><title>${escapeHtml(tip)}</title><rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${escapeHtml(fill)}" stroke="#FFFFFF" stroke-width="2"/>` +
          (cell && cell.count > 0
            ? `<text x="${x + CELL / 2}" y="${y + CELL / 2 + 5}" text-anchor="middle" class="hm-count" fill="${textOn(fill)}">${cell.count}</text>`
            : '') +
          '</g>',
      );
    });
  });
  const axisY = TOP + ls.length * CELL;
  is.forEach((i, c) => {
    const x = LEFT + c * CELL + CELL / 2;
    parts.push(
      `<text x="${x}" y="${axisY + 16}" text-anchor="middle" class="hm-axis">${i.level}</text>`,
    );
  });
  parts.push(
    `<text x="${LEFT + (is.length * CELL) / 2}" y="${axisY + 36}" text-anchor="middle" class="hm-axis-title">Impact →</text>`,
  );
  parts.push(
    `<text x="12" y="${TOP + (ls.length * CELL) / 2}" transform="rotate(-90 12 ${TOP + (ls.length * CELL) / 2})" text-anchor="middle" class="hm-axis-title">Likelihood →</text>`,
  );
  const unplaced =
    map.unplaced.length > 0
      ? `<text x="${LEFT}" y="${axisY + 54}" class="hm-note">${map.unplaced.length} risk(s) not placed (no valid likelihood/impact)</text>`
      : '';
  return (
    `<svg class="heat-map" role="img" aria-label="${escapeHtml(title)}" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}${unplaced}</svg>`
  );
}

/** Legend of the rating bands. */
export function bandLegend(
  bands: readonly { name: string; min: number; max: number; color: string }[],
): string {
  return (
    '<ul class="legend">' +
    bands
      .map(
        (b) =>
          `<li><span class="swatch" style="background:${safeColor(b.color)}"></span>${escapeHtml(b.name)} (${b.min}–${b.max})</li>`,
      )
      .join('') +
    '</ul>'
  );
}
