/**
 * One N×N heat map: likelihood up the side (highest on top), impact along the bottom, each cell
 * in its band colour with its risk count. Cells are buttons (click or keyboard) that pick the cell.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HeatMap, HeatMapCell } from '../../shared/model/assessment';

const useStyles = makeStyles({
  wrap: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'stretch',
    maxWidth: '480px',
  },
  yAxis: {
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    textAlign: 'center',
    color: tokens.colorNeutralForeground3,
  },
  grid: { display: 'grid', gap: '3px' },
  label: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    alignSelf: 'center',
  },
  xLabel: { textAlign: 'center' },
  cell: {
    aspectRatio: '1 / 1',
    minHeight: '34px',
    border: '1px solid rgba(0,0,0,0.08)',
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  empty: { opacity: 0.45, fontWeight: tokens.fontWeightRegular },
  selected: { outline: `3px solid ${tokens.colorNeutralForeground1}`, outlineOffset: '1px' },
});

export function readableOn(hex: string | null): string {
  const m = hex ? /^#?([0-9a-f]{6})$/i.exec(hex) : null;
  if (!m) return '#242424';
  const n = parseInt(m[1], 16);
  return 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255) > 150
    ? '#242424'
    : '#FFFFFF';
}

export function HeatGrid(props: {
  map: HeatMap;
  selected: HeatMapCell | null;
  onSelect: (c: HeatMapCell) => void;
}) {
  const s = useStyles();
  const { map } = props;
  const rows = [...map.likelihood].reverse();
  const at = (l: number, i: number) => map.cells.find((c) => c.likelihood === l && c.impact === i);
  const columns = `minmax(48px, auto) repeat(${map.impact.length}, minmax(30px, 1fr))`;
  return (
    <div className={s.wrap}>
      <Caption1 className={s.yAxis}>Likelihood</Caption1>
      <div>
        <div
          className={s.grid}
          style={{ gridTemplateColumns: columns }}
          role="grid"
          aria-label={`${map.kind} heat map`}
        >
          {rows.map((l) => (
            <div key={l.level} role="row" style={{ display: 'contents' }}>
              <span
                className={s.label}
                title={l.label}
                role="rowheader"
              >{`${l.level} ${l.label}`}</span>
              {map.impact.map((i) => {
                const c = at(l.level, i.level);
                if (!c) return <span key={i.level} />;
                const isSel =
                  props.selected?.likelihood === c.likelihood && props.selected.impact === c.impact;
                return (
                  <button
                    key={i.level}
                    type="button"
                    role="gridcell"
                    className={mergeClasses(s.cell, c.count === 0 && s.empty, isSel && s.selected)}
                    style={{
                      backgroundColor: c.color ?? tokens.colorNeutralBackground3,
                      color: readableOn(c.color),
                    }}
                    aria-label={`Likelihood ${l.level} ${l.label}, impact ${i.level} ${i.label}: ${c.count} risk${c.count === 1 ? '' : 's'}${c.band ? `, ${c.band}` : ''}`}
                    aria-pressed={isSel}
                    data-testid={`cell-${map.kind}-${c.likelihood}-${c.impact}`}
                    onClick={() => props.onSelect(c)}
                  >
                    {c.count}
                  </button>
                );
              })}
            </div>
          ))}
          <span />
          {map.impact.map((i) => (
            <span
              key={i.level}
              className={mergeClasses(s.label, s.xLabel)}
              title={i.label}
            >{`${i.level} ${i.label}`}</span>
          ))}
        </div>
        <Caption1
          style={{ display: 'block', textAlign: 'center', color: tokens.colorNeutralForeground3 }}
        >
          Impact
        </Caption1>
      </div>
    </div>
  );
}
