/** The SoA tab: implementation progress by Annex A theme, and controls risks rely on but the SoA excludes. */
import {
  Badge,
  Caption1,
  Field,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ShieldTaskRegular } from '@fluentui/react-icons';
import type { Assessment, ThemeProgress } from '../../shared/model/assessment';
import { EmptyState } from './empty-state';
import { CARD_STYLE } from './card-style';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: CARD_STYLE,
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const pct = (n: number, d: number) => (d === 0 ? 0 : n / d);

function Bar(props: { label: string; n: number; of: number; testid: string }) {
  const value = pct(props.n, props.of);
  const color = value >= 0.999 ? 'success' : value >= 0.5 ? 'brand' : 'warning';
  return (
    <Field
      label={`${props.label}: ${props.n} of ${props.of}`}
      validationState="none"
      data-testid={props.testid}
    >
      <ProgressBar
        value={value}
        color={color}
        thickness="large"
        aria-label={`${props.label} ${props.n} of ${props.of}`}
      />
    </Field>
  );
}

function ThemeCard(props: { p: ThemeProgress; title: string; id: string }) {
  const s = useStyles();
  const { p } = props;
  return (
    <section className={s.card} aria-label={props.title} data-testid={`soa-${props.id}`}>
      <div className={s.head}>
        <Text weight="semibold">{props.title}</Text>
        <Caption1>{`${p.controls} controls${p.undecided ? `, ${p.undecided} undecided` : ''}`}</Caption1>
      </div>
      <Bar
        label="Applicable"
        n={p.applicable}
        of={p.controls}
        testid={`soa-${props.id}-applicable`}
      />
      <Bar
        label="Implemented"
        n={p.implemented}
        of={p.applicable}
        testid={`soa-${props.id}-implemented`}
      />
      <Bar
        label="Evidence present"
        n={p.withEvidence}
        of={p.implemented}
        testid={`soa-${props.id}-evidence`}
      />
    </section>
  );
}

export function SoaPanel(props: { assessment: Assessment }) {
  const s = useStyles();
  const progress = props.assessment.soaProgress;
  if (!progress) {
    return (
      <EmptyState icon={<ShieldTaskRegular />} title="No Statement of Applicability">
        Add the SoA sheet (tblSoA) with all 93 Annex A controls — Set up can create it.
      </EmptyState>
    );
  }
  return (
    <div className={s.root}>
      <ThemeCard p={progress.total} title="All Annex A controls" id="total" />
      {progress.excludedButReferenced.length > 0 ? (
        <section className={s.card} aria-label="Controls referenced by risks but excluded">
          <div className={s.head}>
            <Text weight="semibold">Referenced by risks but excluded</Text>
            <Badge color="danger" appearance="filled">
              {progress.excludedButReferenced.length}
            </Badge>
          </div>
          <Caption1>
            Risk treatment relies on these controls, yet the SoA marks them not applicable (6.1.3
            d).
          </Caption1>
          <ul className={s.list}>
            {progress.excludedButReferenced.map((x) => (
              <li key={x.controlId}>
                <Text weight="semibold">
                  {x.controlId.startsWith('A.') ? x.controlId : `A.${x.controlId}`}
                </Text>
                {` — ${x.riskIds.join(', ')}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {progress.byTheme.map((p) => (
        <ThemeCard key={p.theme} p={p} title={p.theme} id={p.theme.toLowerCase()} />
      ))}
    </div>
  );
}
