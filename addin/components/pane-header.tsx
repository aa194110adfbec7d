/** The task pane's header: title, workbook name(s), status badge, as-of date, live switch, tabs. */
import {
  Badge,
  Button,
  Caption1,
  Spinner,
  Switch,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { AddinDeps } from '../deps';
import { statusLine } from '../findings/groups';
import type { WorkbookApi } from '../hooks/use-workbook';
import type { PaneTab, TabId } from './pane-tabs';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  sub: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
    minWidth: 0,
  },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  keep: { flexShrink: 0, whiteSpace: 'nowrap' },
  tabs: { overflowX: 'auto', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

function Status(props: { wb: WorkbookApi }) {
  const s = useStyles();
  const a = props.wb.assessment;
  const c = props.wb.result?.digest.counts ?? null;
  if (!a || !c) return null;
  const color = c.major
    ? 'danger'
    : c.minor || c.observation
      ? 'warning'
      : c.todo || c['not-checked']
        ? 'informative'
        : 'success';
  return (
    <>
      <Badge className={s.keep} size="small" appearance="tint" color={color}>
        {statusLine(c)}
      </Badge>
      <Caption1 className={s.keep}>{`as of ${props.wb.asOf}`}</Caption1>
    </>
  );
}

export function PaneHeader(props: {
  deps: AddinDeps;
  wb: WorkbookApi;
  tabs: readonly PaneTab[];
  tab: TabId;
  onTab: (t: TabId) => void;
}) {
  const s = useStyles();
  const { deps, wb } = props;
  const a = wb.assessment;
  return (
    <header className={s.header}>
      <div className={s.titleRow}>
        <Title3 as="h1">ISMS Risk &amp; SoA</Title3>
        {wb.status === 'loading' ? (
          <Spinner size="extra-tiny" aria-label="Reading the workbook" />
        ) : null}
        {deps.excel ? (
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowClockwiseRegular />}
            aria-label="Re-check now"
            onClick={() => void wb.refresh()}
          />
        ) : null}
      </div>
      <div className={s.sub}>
        <Caption1 className={s.name} title={a?.workbook.name}>
          {a ? a.workbook.name : deps.host === 'excel' ? 'This workbook' : 'No workbook open'}
        </Caption1>
        <Status wb={wb} />
      </div>
      {deps.excel ? (
        <Switch
          checked={wb.live}
          onChange={(_, d) => wb.setLive(d.checked)}
          label="Re-check as I edit"
        />
      ) : null}
      <TabList
        className={s.tabs}
        size="small"
        selectedValue={props.tab}
        onTabSelect={(_, d) => props.onTab(d.value as TabId)}
        aria-label="Task pane sections"
      >
        {props.tabs.map((t) => (
          <Tab key={t.id} value={t.id} aria-label={t.aria}>
            {t.label}
          </Tab>
        ))}
      </TabList>
    </header>
  );
}
