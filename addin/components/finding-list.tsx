/**
 * Findings grouped by severity, most severe first. Each finding with a location is a button:
 * click or Enter/Space selects its cell in Excel (in a browser it only shows where it is).
 */
import {
  Badge,
  Caption1,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Finding, Severity } from '../../shared/validation/finding';
import { ALL_SEVERITIES, BADGE_COLOR, SEVERITY_COLOR, SEVERITY_TITLE } from './severity';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalL,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  where: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
});

function location(f: Finding): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  if (f.sheet && f.row) return `${f.sheet}, row ${f.row}`;
  return f.sheet ?? 'Workbook';
}

function FindingItem(props: { f: Finding; onSelect: ((f: Finding) => void) | null }) {
  const s = useStyles();
  const { f, onSelect } = props;
  const body = (
    <>
      <span className={s.meta}>
        <Badge appearance="tint" color={BADGE_COLOR[f.severity]} size="small">
          {f.rule}
        </Badge>
        <Caption1 className={s.where}>{location(f)}</Caption1>
      </span>
      <Text size={300}>{f.message}</Text>
    </>
  );
  const style = { borderLeftColor: SEVERITY_COLOR[f.severity] };
  if (!onSelect || !f.sheet)
    return (
      <div className={s.item} style={style}>
        {body}
      </div>
    );
  return (
    <button
      type="button"
      className={mergeClasses(s.item, s.clickable)}
      style={style}
      onClick={() => onSelect(f)}
      aria-label={`${f.rule} at ${location(f)}: ${f.message}. Select the cell.`}
    >
      {body}
    </button>
  );
}

export function FindingList(props: {
  findings: readonly Finding[];
  onSelect: ((f: Finding) => void) | null;
}) {
  const s = useStyles();
  const groups = ALL_SEVERITIES.map((sev: Severity) => ({
    sev,
    items: props.findings.filter((f) => f.severity === sev),
  })).filter((g) => g.items.length > 0);
  return (
    <>
      {groups.map((g) => (
        <section key={g.sev} className={s.group} aria-labelledby={`sev-${g.sev}`}>
          <h3 className={s.heading} id={`sev-${g.sev}`}>
            <Text weight="semibold">{SEVERITY_TITLE[g.sev]}</Text>
            <Badge appearance="filled" color={BADGE_COLOR[g.sev]} shape="rounded">
              {g.items.length}
            </Badge>
          </h3>
          <ul className={s.list}>
            {g.items.map((f, i) => (
              <li key={`${f.rule}-${f.sheet}-${f.cell}-${i}`}>
                <FindingItem f={f} onSelect={props.onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
