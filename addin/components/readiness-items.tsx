/** The itemised parts of the readiness card: every deduction by area, and the cells behind each. */
import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReadinessLocation, ReadinessView } from '../api/readiness-view';

export type SelectCell = (l: ReadinessLocation) => void;

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  cells: { display: 'flex', flexWrap: 'wrap', gap: '2px', alignItems: 'center' },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
});

const text = (l: ReadinessLocation) =>
  `${l.sheet}${l.cell ? `!${l.cell}` : l.row !== null ? ` row ${l.row}` : ''}`;

/** Up to five cells (buttons in Excel), then "and N more". */
export function Locations(props: {
  at: readonly ReadinessLocation[];
  more: number;
  select: SelectCell | null;
}) {
  const s = useStyles();
  if (props.at.length === 0) return null;
  const shown = props.at.slice(0, 5);
  const rest = props.at.length - shown.length + props.more;
  return (
    <span className={s.cells}>
      {shown.map((l, i) =>
        props.select ? (
          <Button
            key={i}
            size="small"
            appearance="transparent"
            onClick={() => props.select!(l)}
            aria-label={`Select ${text(l)}`}
          >
            {text(l)}
          </Button>
        ) : (
          <Caption1 key={i} className={s.where}>
            {text(l)}
            {i < shown.length - 1 ? ',' : ''}
          </Caption1>
        ),
      )}
      {rest > 0 ? <Caption1>{`and ${rest} more`}</Caption1> : null}
    </span>
  );
}

/** Every deduction, grouped by area in the areas' order, largest first. */
export function Deductions(props: { r: ReadinessView; select: SelectCell | null }) {
  const s = useStyles();
  const { r } = props;
  if (r.deductions.length === 0) return <Caption1>No points lost.</Caption1>;
  return (
    <div aria-label="Deductions" data-testid="deductions">
      <Text weight="semibold">{`Every lost point (${r.deductions.length} deductions, ${100 - r.overall} points)`}</Text>
      {r.areas
        .filter((a) => r.deductions.some((d) => d.area === a.id))
        .map((a) => (
          <div key={a.id}>
            <Caption1 block>
              <strong>{a.name}</strong>
            </Caption1>
            <ul className={s.list}>
              {r.deductions
                .filter((d) => d.area === a.id)
                .sort((x, y) => y.points - x.points)
                .map((d, i) => (
                  <li key={`${d.check}-${i}`}>
                    <Caption1>{`−${d.points} ${d.ref ? `[${d.ref}] ` : ''}${d.reason}`}</Caption1>
                    <Locations
                      at={d.locations ?? []}
                      more={d.moreLocations ?? 0}
                      select={props.select}
                    />
                  </li>
                ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
