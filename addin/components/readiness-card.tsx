/** The readiness score: overall number, verdict, areas with bars, blockers first. */
import { Badge, Caption1, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReadinessView } from '../api/readiness-view';
import { CARD_STYLE } from './card-style';

const useStyles = makeStyles({
  card: CARD_STYLE,
  score: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  big: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightBold,
  },
  area: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const VERDICT_COLOR = {
  'not-ready': 'danger',
  'stage-1': 'warning',
  'stage-2': 'success',
} as const;

export function ReadinessCard(props: { r: ReadinessView }) {
  const s = useStyles();
  const { r } = props;
  return (
    <section className={s.card} aria-label="Certification readiness" data-testid="readiness">
      <div className={s.score}>
        <span className={s.big}>{r.overall}</span>
        <div>
          <Badge appearance="filled" color={VERDICT_COLOR[r.verdict] ?? 'informative'}>
            {r.verdictLabel}
          </Badge>
          <Caption1 block>{r.verdictReason}</Caption1>
        </div>
      </div>
      {r.blockers.length > 0 ? (
        <>
          <Text weight="semibold">Blockers</Text>
          <ul className={s.list}>
            {r.blockers.map((b) => (
              <li key={b.id}>{`${b.reason} (${b.ref})`}</li>
            ))}
          </ul>
        </>
      ) : null}
      {r.areas.map((a) => (
        <div key={a.id} className={s.area}>
          <Caption1>{a.name}</Caption1>
          <Caption1>{`${a.points}/${a.max}`}</Caption1>
          <ProgressBar
            value={a.max ? a.points / a.max : 0}
            color={a.score >= 80 ? 'success' : a.score >= 50 ? 'brand' : 'warning'}
            style={{ gridColumn: '1 / span 2' }}
            aria-label={`${a.name} ${a.score} of 100`}
          />
        </div>
      ))}
    </section>
  );
}
