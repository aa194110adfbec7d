/**
 * The readiness score explained as `isms readiness` explains it: overall score, the verdict per
 * audit stage (or the overall verdict from results without stages), blockers first with their
 * clause and cells, then every deduction itemised by area. Cells are buttons in Excel.
 */
import {
  Badge,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReadinessView, StageView } from '../api/readiness-view';
import { CARD_STYLE } from './card-style';
import { Deductions, Locations, type SelectCell } from './readiness-items';

const useStyles = makeStyles({
  card: CARD_STYLE,
  score: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  big: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightBold,
  },
  stages: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
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

function Stage(props: { st: StageView; name: string }) {
  const { st } = props;
  return (
    <div data-testid={`readiness-${st.stage}`}>
      <Badge
        appearance="filled"
        color={st.ready ? 'success' : 'danger'}
      >{`${props.name}: ${st.label}`}</Badge>
      {st.reasons.map((r) => (
        <Caption1 block key={r}>
          {r}
        </Caption1>
      ))}
    </div>
  );
}

function Verdict(props: { r: ReadinessView }) {
  const s = useStyles();
  const { r } = props;
  return (
    <div className={s.stages}>
      {r.stages ? (
        <>
          <Stage st={r.stages.stage1} name="Stage 1" />
          <Stage st={r.stages.stage2} name="Stage 2" />
        </>
      ) : (
        <div>
          <Badge appearance="filled" color={VERDICT_COLOR[r.verdict] ?? 'informative'}>
            {r.verdictLabel}
          </Badge>
          <Caption1 block>{r.verdictReason}</Caption1>
        </div>
      )}
    </div>
  );
}

/** The next audit, its date and the days left, then the first things due before it. */
function NextAuditLine(props: { n: NonNullable<ReadinessView['nextAudit']> }) {
  const { n } = props;
  const when = n.daysLeft >= 0 ? `${n.daysLeft} days left` : `${-n.daysLeft} days overdue`;
  return (
    <div data-testid="readiness-next-audit">
      <Text weight="semibold">{`Next audit: ${n.milestone} on ${n.date} (${when})`}</Text>
      {n.due.length > 0 ? (
        <ul>
          {n.due.slice(0, 5).map((d) => (
            <li key={d}>{d}</li>
          ))}
          {n.due.length > 5 ? <li>{`… and ${n.due.length - 5} more`}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

export function ReadinessCard(props: {
  r: ReadinessView;
  majors?: number;
  select?: SelectCell | null;
}) {
  const s = useStyles();
  const { r } = props;
  const select = props.select ?? null;
  const majors = props.majors ?? 0;
  return (
    <section className={s.card} aria-label="Certification readiness" data-testid="readiness">
      <div className={s.score}>
        <span className={s.big}>{r.overall}</span>
        <Verdict r={r} />
      </div>
      {r.nextAudit ? <NextAuditLine n={r.nextAudit} /> : null}
      {/* Blockers are the major findings; this only speaks when the Check tab has more of them. */}
      {majors > r.blockers.length ? (
        <MessageBar intent="warning" layout="multiline" data-testid="readiness-majors">
          <MessageBarBody>
            {`${majors} major nonconformit${majors === 1 ? 'y is' : 'ies are'} open in the Check tab; an auditor raises each one, so close ${majors === 1 ? 'it' : 'them'} before the audit.`}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {r.blockers.length > 0 ? (
        <>
          <Text weight="semibold">{`Blockers (${r.blockers.length})`}</Text>
          <ul className={s.list} aria-label="Blockers">
            {r.blockers.map((b) => (
              <li key={b.id}>
                {`${b.reason} (${b.ref})`}
                <Locations at={b.locations ?? []} more={0} select={select} />
              </li>
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
      <Deductions r={r} select={select} />
    </section>
  );
}
