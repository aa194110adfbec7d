/**
 * The task pane: header (workbook, live status), then the tabs Set up / Check / Heat maps / SoA /
 * Readiness & reports. Pure presentation over `useWorkbook`'s state and the injected deps.
 */
import { useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, DocumentTableRegular } from '@fluentui/react-icons';
import type { AddinDeps } from '../deps';
import type { WorkbookApi } from '../hooks/use-workbook';
import { CheckPanel } from './check-panel';
import { EmptyState } from './empty-state';
import { HeatMapPanel } from './heatmap-panel';
import { NotIsmsCallout, lacksIsmsTables } from './not-isms-callout';
import { OpenWorkbook } from './open-workbook';
import { ReportsPanel } from './reports-panel';
import { SetupPanel, type ConvertStart } from './setup-panel';
import { SoaPanel } from './soa-panel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
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
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '760px',
    width: '100%',
    boxSizing: 'border-box',
  },
});

type TabId = 'setup' | 'check' | 'heatmaps' | 'soa' | 'reports';
const TABS: readonly { id: TabId; label: string; aria: string }[] = [
  { id: 'setup', label: 'Set up', aria: 'Set up' },
  { id: 'check', label: 'Check', aria: 'Check' },
  { id: 'heatmaps', label: 'Heat maps', aria: 'Heat maps' },
  { id: 'soa', label: 'SoA', aria: 'Statement of Applicability' },
  { id: 'reports', label: 'Reports', aria: 'Readiness and reports' },
];

export function TaskPane(props: { deps: AddinDeps; wb: WorkbookApi }) {
  const s = useStyles();
  const { deps, wb } = props;
  const [tab, setTab] = useState<TabId>('check');
  // Browser: the file behind the snapshot, so "Convert it" can hand it to the conversion.
  const [opened, setOpened] = useState<File | null>(null);
  const [start, setStart] = useState<ConvertStart | null>(null);
  const go = (t: TabId) => {
    setStart(null);
    setTab(t);
  };
  const openWorkbook = (f: File) => {
    setOpened(f);
    void wb.open(f);
  };
  // The same conversion Set up offers: the active sheet in Excel, the opened file in a browser.
  const convert = () => {
    setTab('setup');
    setStart(
      deps.excel ? { kind: 'active-sheet' } : opened ? { kind: 'file', file: opened } : null,
    );
  };
  const a = wb.assessment;
  const needWorkbook = (
    <EmptyState icon={<DocumentTableRegular />} title="No workbook yet">
      {deps.host === 'excel'
        ? 'Set up the canonical sheets, or open a workbook that has them.'
        : 'Open a workbook above to see this.'}
    </EmptyState>
  );
  const panel = () => {
    if (tab === 'setup') {
      const openConverted = (f: File) => {
        go('check');
        openWorkbook(f);
      };
      return (
        <SetupPanel
          excel={deps.excel}
          api={deps.api}
          openFile={deps.openFile}
          onDone={() => void wb.refresh()}
          onOpenConverted={openConverted}
          start={start}
        />
      );
    }
    if (!a || !wb.snapshot) return needWorkbook;
    if (tab === 'check')
      return <CheckPanel assessment={a} excel={deps.excel} onConvert={convert} />;
    const nothingToShow = tab === 'heatmaps' ? !a.heatMaps : tab === 'soa' && !a.soaProgress;
    if (nothingToShow && lacksIsmsTables(a)) return <NotIsmsCallout onConvert={convert} />;
    if (tab === 'heatmaps')
      return <HeatMapPanel assessment={a} excel={deps.excel} asOf={wb.asOf} />;
    if (tab === 'soa') return <SoaPanel assessment={a} />;
    return <ReportsPanel api={deps.api} snapshot={wb.snapshot} asOf={wb.asOf} />;
  };
  return (
    <div className={s.root}>
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
          {a ? (
            <Badge
              className={s.keep}
              size="small"
              appearance="tint"
              color={a.summary.major ? 'danger' : a.summary.total ? 'warning' : 'success'}
            >
              {a.summary.total
                ? `${a.summary.total} finding${a.summary.total === 1 ? '' : 's'}`
                : 'All checks pass'}
            </Badge>
          ) : null}
          {a ? <Caption1 className={s.keep}>{`as of ${wb.asOf}`}</Caption1> : null}
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
          selectedValue={tab}
          onTabSelect={(_, d) => go(d.value as TabId)}
          aria-label="Task pane sections"
        >
          {TABS.map((t) => (
            <Tab key={t.id} value={t.id} aria-label={t.aria}>
              {t.label}
            </Tab>
          ))}
        </TabList>
      </header>
      <main className={s.body}>
        {deps.openFile && tab !== 'setup' ? (
          <OpenWorkbook onFile={openWorkbook} current={wb.snapshot?.name ?? null} />
        ) : null}
        {wb.error ? (
          <MessageBar intent="error">
            <MessageBarBody>{wb.error}</MessageBarBody>
          </MessageBar>
        ) : null}
        {panel()}
      </main>
    </div>
  );
}
