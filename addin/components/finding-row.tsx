/** One row of the findings list: a group heading, a rule or sheet sub-heading, or a finding. */
import { memo, type ReactNode } from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { GROUP_TITLE } from '../findings/groups';
import type { ListRow } from '../findings/rows';
import { FindingItem, type ItemActions } from './finding-item';
import { GROUP_BADGE } from './group-style';

const useStyles = makeStyles({
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  sub: {
    margin: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Memoised: the virtualiser re-renders the list as it measures rows; unchanged rows skip it. */
export const RowView = memo(function RowView(props: {
  row: ListRow;
  index: number;
  actions: ItemActions;
  active: boolean;
  onFocusRow: (index: number) => void;
}): ReactNode {
  const s = useStyles();
  const { row } = props;
  if (row.kind === 'group')
    return (
      <h3 className={s.heading}>
        <Text weight="semibold">{GROUP_TITLE[row.group]}</Text>
        <Badge appearance="filled" color={GROUP_BADGE[row.group]} shape="rounded">
          {row.count}
        </Badge>
      </h3>
    );
  if (row.kind === 'sub') return <h4 className={s.sub}>{`${row.label} (${row.count})`}</h4>;
  return (
    <FindingItem
      f={row.f}
      group={row.group}
      actions={props.actions}
      tabIndex={props.active ? 0 : -1}
      onFocus={() => props.onFocusRow(props.index)}
    />
  );
});
