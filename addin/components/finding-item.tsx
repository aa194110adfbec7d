/**
 * One finding: rule, location, message, fix hint and a link to the rule's documentation. The
 * main part is a native button (roving focus in the list): in Excel it selects the cell, in a
 * browser it shows the row's values (there is no cell to select).
 */
import { useState } from 'react';
import {
  Badge,
  Caption1,
  Link,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Cell } from '../../shared/grid';
import type { Finding } from '../../shared/validation';
import type { RowValues } from '../engine/row-values';
import { whereOf } from '../findings/filters';
import { fixHint, ruleDocUrl } from '../findings/fix-hints';
import type { GroupId } from '../findings/groups';
import { GROUP_BADGE, GROUP_COLOR } from './group-style';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    backgroundColor: tokens.colorNeutralBackground1,
    marginBottom: tokens.spacingVerticalXS,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 2px`,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  where: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  foot: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    justifyContent: 'space-between',
    alignItems: 'baseline',
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground2,
  },
  values: {
    display: 'grid',
    gridTemplateColumns: 'minmax(80px, auto) 1fr',
    columnGap: tokens.spacingHorizontalS,
    margin: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  head: { color: tokens.colorNeutralForeground3 },
  doc: { flexShrink: 0, whiteSpace: 'nowrap' },
});

export type ItemActions = {
  /** Excel: select the finding's cell. */
  readonly select: ((f: Finding) => void) | null;
  /** Browser: the values of the finding's row. */
  readonly row: ((f: Finding) => Promise<RowValues | null>) | null;
};

const show = (v: Cell) => (v === null || v === '' ? '—' : String(v));

export function FindingItem(props: {
  f: Finding;
  group: GroupId;
  actions: ItemActions;
  tabIndex: number;
  onFocus: () => void;
}) {
  const s = useStyles();
  const { f, actions } = props;
  const [values, setValues] = useState<RowValues | null | 'none'>(null);
  const where = whereOf(f);
  const hint = fixHint(f.rule);
  const canSelect = actions.select !== null && f.sheet !== null;
  const activate = () => {
    if (canSelect) return actions.select!(f);
    if (values) return setValues(null);
    if (actions.row && f.sheet && f.row) void actions.row(f).then((v) => setValues(v ?? 'none'));
    else setValues('none');
  };
  const label = canSelect
    ? `${f.rule} at ${where}: ${f.message}. Select the cell.`
    : `${f.rule} at ${where}: ${f.message}. ${values ? 'Hide' : 'Show'} the row's values.`;
  return (
    <div className={s.card} style={{ borderLeftColor: GROUP_COLOR[props.group] }}>
      <button
        type="button"
        className={s.main}
        onClick={activate}
        aria-label={label}
        aria-expanded={canSelect ? undefined : values !== null}
        tabIndex={props.tabIndex}
        onFocus={props.onFocus}
        data-finding="1"
      >
        <span className={s.meta}>
          <Badge appearance="tint" color={GROUP_BADGE[props.group]} size="small">
            {f.rule}
          </Badge>
          <Caption1 className={s.where}>{where}</Caption1>
        </span>
        <Text size={300}>{f.message}</Text>
      </button>
      {values && values !== 'none' ? (
        <dl className={s.values} aria-label={`Row ${f.row} of ${f.sheet}`}>
          {values.headers.map((h, i) => (
            <div key={i} style={{ display: 'contents' }}>
              <dt className={s.head}>{h || `Column ${i + 1}`}</dt>
              <dd style={{ margin: 0 }}>{show(values.values[i])}</dd>
            </div>
          ))}
        </dl>
      ) : values === 'none' ? (
        <Caption1 className={mergeClasses(s.foot)}>This finding is about the whole table.</Caption1>
      ) : null}
      <div className={s.foot}>
        <Caption1>{hint ? `Fix: ${hint}` : ''}</Caption1>
        <Link
          href={ruleDocUrl(f.rule)}
          target="_blank"
          inline
          aria-label={`About ${f.rule}`}
          className={s.doc}
        >
          <Caption1>About the rule</Caption1>
        </Link>
      </div>
    </div>
  );
}
