/**
 * The SoA tab: applicability, implementation and evidence by Annex A theme (evidence counted over
 * implemented controls, so never "X of Y" with X > Y), controls risks rely on but the SoA
 * excludes, and the filterable list of all 93 controls.
 */
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
import type { PaneAssessment } from '../engine/types';
import { countControls, filterControls } from '../soa/control-filters';
import type { ControlRow } from '../soa/control-rows';
import { CARD_STYLE } from './card-style';
import { ControlList } from './control-list';
import { EmptyState } from './empty-state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: CARD_STYLE,
  head: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function Bar(props: { label: string; n: number; of: number; testid: string }) {
  const value = props.of === 0 ? 0 : props.n / props.of;
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

function ThemeCard(props: { rows: readonly ControlRow[]; title: string; id: string }) {
  const s = useStyles();
  const c = countControls(props.rows);
  return (
    <section className={s.card} aria-label={props.title} data-testid={`soa-${props.id}`}>
      <div className={s.head}>
        <Text weight="semibold">{props.title}</Text>
        <Caption1>{`${c.controls} controls${c.undecided ? `, ${c.undecided} undecided` : ''}`}</Caption1>
      </div>
      <Bar
        label="Applicable"
        n={c.applicable}
        of={c.controls}
        testid={`soa-${props.id}-applicable`}
      />
      <Bar
        label="Implemented"
        n={c.implemented}
        of={c.applicable}
        testid={`soa-${props.id}-implemented`}
      />
      <Bar
        label="Evidence present"
        n={c.evidenced}
        of={c.implemented}
        testid={`soa-${props.id}-evidence`}
      />
    </section>
  );
}

function ExcludedButRelied(props: { rows: readonly ControlRow[] }) {
  const s = useStyles();
  if (props.rows.length === 0) return null;
  return (
    <section className={s.card} aria-label="Controls referenced by risks but excluded">
      <div className={s.head}>
        <Text weight="semibold">Referenced by risks but excluded</Text>
        <Badge color="danger" appearance="filled">
          {props.rows.length}
        </Badge>
      </div>
      <Caption1>
        Risk treatment relies on these controls, yet the SoA marks them not applicable (6.1.3 d).
      </Caption1>
      <ul className={s.list}>
        {props.rows.map((x) => (
          <li key={x.id}>
            <Text weight="semibold">{x.id}</Text>
            {` — ${x.risks.join(', ')}${x.riskCount > x.risks.length ? ` and ${x.riskCount - x.risks.length} more` : ''}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SoaPanel(props: {
  assessment: PaneAssessment;
  controls: readonly ControlRow[] | null;
}) {
  const s = useStyles();
  const rows = props.controls;
  if (!props.assessment.soaProgress || !rows) {
    return (
      <EmptyState icon={<ShieldTaskRegular />} title="No Statement of Applicability">
        Add the SoA sheet (tblSoA) with all 93 Annex A controls — Set up can create it.
      </EmptyState>
    );
  }
  return (
    <div className={s.root}>
      <ThemeCard rows={rows} title="All Annex A controls" id="total" />
      <ExcludedButRelied rows={filterControls(rows, 'excluded-relied-on')} />
      <ControlList rows={rows} />
      {[...new Set(rows.map((r) => r.theme))].map((t) => (
        <ThemeCard key={t} rows={filterControls(rows, 'all', t)} title={t} id={t.toLowerCase()} />
      ))}
    </div>
  );
}
