/** Major / minor / observation counts at a glance (to-dos and checks that could not run apart). */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../shared/validation';
import type { GroupCounts } from '../findings/groups';
import { SEVERITIES, SEVERITY_COLOR, SEVERITY_SHORT } from './severity';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingHorizontalS },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderTopWidth: '3px',
  },
  count: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: { color: tokens.colorNeutralForeground2 },
});

/** Count text in theme-aware tokens: the fixed accents are too dark on a dark background. */
const INK: Readonly<Record<Severity, string>> = {
  major: tokens.colorPaletteRedForeground1,
  minor: tokens.colorPaletteDarkOrangeForeground1,
  observation: tokens.colorBrandForeground1,
  'not-checked': tokens.colorNeutralForeground2,
};

export function SummaryTiles(props: { counts: GroupCounts }) {
  const s = useStyles();
  return (
    <div className={s.row} role="group" aria-label="Findings by severity">
      {SEVERITIES.map((sev) => (
        <div
          key={sev}
          className={s.tile}
          style={{ borderTopColor: SEVERITY_COLOR[sev] }}
          data-testid={`count-${sev}`}
        >
          <span className={s.count} style={props.counts[sev] > 0 ? { color: INK[sev] } : undefined}>
            {props.counts[sev]}
          </span>
          <Caption1 className={s.label}>{SEVERITY_SHORT[sev]}</Caption1>
        </div>
      ))}
    </div>
  );
}
