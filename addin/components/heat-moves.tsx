/** Inherent → residual: both grids side by side (stacked when narrow) and the largest moves. */
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { HeatMap, HeatMapCell } from '../../shared/model';
import { countMoves, movement, type MovementCounts } from '../heatmap/moves';
import { HeatGrid } from './heat-grid';

const useStyles = makeStyles({
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const at = (c: HeatMapCell) => `L${c.likelihood}×I${c.impact}${c.band ? ` ${c.band}` : ''}`;

export function HeatMoves(props: {
  inherent: HeatMap;
  residual: HeatMap;
  appetite: number | null;
  selected: HeatMapCell | null;
  onSelect: (c: HeatMapCell) => void;
  /** Counted by the engine (whose heat maps keep the risk ids); else counted here. */
  movement?: MovementCounts | null;
  bandShort?: ReadonlyMap<string, string>;
}) {
  const s = useStyles();
  const m = props.movement ?? countMoves(movement(props.inherent, props.residual));
  return (
    <>
      <div className={s.pair}>
        <div>
          <Text weight="semibold">Inherent</Text>
          <HeatGrid
            map={props.inherent}
            selected={props.selected}
            onSelect={props.onSelect}
            appetite={props.appetite}
            bandShort={props.bandShort}
          />
        </div>
        <div>
          <Text weight="semibold">Residual</Text>
          <HeatGrid
            map={props.residual}
            selected={props.selected}
            onSelect={props.onSelect}
            appetite={props.appetite}
            bandShort={props.bandShort}
          />
        </div>
      </div>
      <Caption1 data-testid="movement">{`After treatment: ${m.reduced} reduced, ${m.unchanged} unchanged, ${m.increased} increased.`}</Caption1>
      <ul className={s.list} aria-label="Largest moves">
        {m.moves
          .filter((x) => x.from.likelihood !== x.to.likelihood || x.from.impact !== x.to.impact)
          .slice(0, 6)
          .map((x) => (
            <li key={`${at(x.from)}>${at(x.to)}`}>
              <Caption1>{`${at(x.from)} → ${at(x.to)}: ${x.count} risk${x.count === 1 ? '' : 's'}`}</Caption1>
            </li>
          ))}
      </ul>
    </>
  );
}
