/**
 * One N×N heat map: likelihood up the side (highest on top), impact along the bottom, each cell
 * in its band colour with its risk count and the band's short label (so it reads without colour).
 * The risk appetite (acceptance threshold) is drawn as a heavy line around the cells above it
 * (shadows; borders in forced colours, which drop shadows and background colours). One tab stop: arrow keys, Home and End move between
 * cells (roving tabindex); Enter, Space or a click picks the cell.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HeatMap, HeatMapCell } from '../../shared/model';
import { appetiteSides, bandShortNames, boundary, readableOn } from '../heatmap/cell-style';

export { readableOn };

const useStyles = makeStyles({
  wrap: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: tokens.spacingHorizontalXS,
    maxWidth: '480px',
  },
  yAxis: {
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
  grid: { display: 'grid', gap: '3px' },
  label: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    overflowWrap: 'anywhere',
    hyphens: 'auto',
    alignSelf: 'center',
    minWidth: 0,
  },
  // The impact labels share a narrow column each (about 48 px at a 350 px pane): the label is a
  // size container and its text is scaled to fit the axis's longest word, so no word is broken.
  xLabel: { textAlign: 'center', alignSelf: 'start', containerType: 'inline-size' },
  cell: {
    position: 'relative',
    aspectRatio: '1 / 1',
    minHeight: '34px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    cursor: 'pointer',
    ':focus-visible': { outline: `3px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    // Forced colours paint every cell alike: the band letter and the borders carry the meaning.
    '@media (forced-colors: active)': { border: '1px solid ButtonText' },
  },
  // The band's short label in the corner, generated content: the cell's text stays its count
  // (the accessible name already says the band).
  band: {
    '::after': {
      content: 'attr(data-band)',
      position: 'absolute',
      top: '1px',
      right: '3px',
      fontSize: tokens.fontSizeBase100,
      lineHeight: tokens.lineHeightBase100,
      fontWeight: tokens.fontWeightRegular,
    },
  },
  empty: { fontWeight: tokens.fontWeightRegular },
  selected: {
    outline: `3px solid ${tokens.colorNeutralForeground1}`,
    outlineOffset: '1px',
    '@media (forced-colors: active)': {
      outline: '3px solid Highlight',
      backgroundColor: 'Highlight',
      color: 'HighlightText',
    },
  },
  // The appetite line where shadows are not drawn (forced colours): heavy borders on its sides.
  lineLeft: { '@media (forced-colors: active)': { borderLeft: '4px solid CanvasText' } },
  lineBottom: { '@media (forced-colors: active)': { borderBottom: '4px solid CanvasText' } },
});

const label = (l: { level: number; label: string }) => `${l.level} ${l.label}`;

/**
 * The axis text's size: the base size, or less when the longest word would not fit its column
 * (cqi: the label's own width; an average glyph is taken as 0.62 em, a wide font's).
 */
export function fittedSize(labels: readonly string[]): string {
  const longest = Math.max(1, ...labels.flatMap((l) => l.split(/\s+/).map((w) => w.length)));
  return `min(${tokens.fontSizeBase100}, calc(100cqi / ${(longest * 0.62).toFixed(2)}))`;
}

export function HeatGrid(props: {
  map: HeatMap;
  selected: HeatMapCell | null;
  onSelect: (c: HeatMapCell) => void;
  /** The acceptance threshold (scores above it are beyond the appetite); null: not drawn. */
  appetite?: number | null;
  /** Short band labels shared with the legend; else made from the cells' bands. */
  bandShort?: ReadonlyMap<string, string>;
}) {
  const s = useStyles();
  const { map } = props;
  const short =
    props.bandShort ??
    bandShortNames([...new Set(map.cells.flatMap((c) => (c.band ? [c.band] : [])))]);
  const rows = [...map.likelihood].reverse();
  const [focus, setFocus] = useState({ r: 0, c: 0 });
  const grid = useRef<HTMLDivElement>(null);
  const at = (l: number, i: number) => map.cells.find((c) => c.likelihood === l && c.impact === i);
  const fit = fittedSize(map.impact.map(label));
  const columns = `minmax(44px, 0.9fr) repeat(${map.impact.length}, minmax(30px, 1fr))`;
  const move = (e: KeyboardEvent) => {
    const last = { r: rows.length - 1, c: map.impact.length - 1 };
    const to: Record<string, { r: number; c: number }> = {
      ArrowUp: { r: Math.max(0, focus.r - 1), c: focus.c },
      ArrowDown: { r: Math.min(last.r, focus.r + 1), c: focus.c },
      ArrowLeft: { r: focus.r, c: Math.max(0, focus.c - 1) },
      ArrowRight: { r: focus.r, c: Math.min(last.c, focus.c + 1) },
      Home: { r: focus.r, c: 0 },
      End: { r: focus.r, c: last.c },
    };
    const next = to[e.key];
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    grid.current?.querySelector<HTMLElement>(`[data-pos="${next.r}-${next.c}"]`)?.focus();
  };
  return (
    <div className={s.wrap}>
      <Caption1 className={s.yAxis}>Likelihood</Caption1>
      <div>
        <div
          ref={grid}
          className={s.grid}
          style={{ gridTemplateColumns: columns }}
          role="grid"
          aria-label={`${map.kind} heat map`}
          onKeyDown={move}
        >
          {rows.map((l, r) => (
            <div key={l.level} role="row" style={{ display: 'contents' }}>
              <span className={s.label} title={l.label} role="rowheader">
                {label(l)}
              </span>
              {map.impact.map((i, c) => {
                const cell = at(l.level, i.level);
                if (!cell) return <span key={i.level} />;
                const isSel =
                  props.selected?.likelihood === cell.likelihood &&
                  props.selected.impact === cell.impact;
                const line = appetiteSides(cell, map, props.appetite ?? null);
                return (
                  <button
                    key={i.level}
                    type="button"
                    role="gridcell"
                    tabIndex={focus.r === r && focus.c === c ? 0 : -1}
                    data-pos={`${r}-${c}`}
                    className={mergeClasses(
                      s.cell,
                      cell.band !== null && s.band,
                      cell.count === 0 && s.empty,
                      line.left && s.lineLeft,
                      line.bottom && s.lineBottom,
                      isSel && s.selected,
                    )}
                    style={{
                      backgroundColor: cell.color ?? tokens.colorNeutralBackground3,
                      color: readableOn(cell.color),
                      boxShadow: boundary(cell, map, props.appetite ?? null),
                    }}
                    aria-label={`Likelihood ${label(l)}, impact ${label(i)}: ${cell.count} risk${cell.count === 1 ? '' : 's'}${cell.band ? `, ${cell.band}` : ''}`}
                    aria-pressed={isSel}
                    data-testid={`cell-${map.kind}-${cell.likelihood}-${cell.impact}`}
                    data-band={cell.band ? (short.get(cell.band) ?? cell.band) : undefined}
                    onFocus={() => setFocus({ r, c })}
                    onClick={() => props.onSelect(cell)}
                  >
                    {cell.count}
                  </button>
                );
              })}
            </div>
          ))}
          <span />
          {map.impact.map((i) => (
            <span key={i.level} className={mergeClasses(s.label, s.xLabel)} title={i.label}>
              <span data-axis-label style={{ fontSize: fit }}>
                {label(i)}
              </span>
            </span>
          ))}
        </div>
        <Caption1
          style={{ display: 'block', textAlign: 'center', color: tokens.colorNeutralForeground2 }}
        >
          Impact
        </Caption1>
      </div>
    </div>
  );
}
