/**
 * The task pane: header (workbook, status, tabs), the open/add-files zone and the engine's
 * progress, then the selected tab (pane-tabs.tsx lists them). Pure presentation over
 * `useWorkbook`'s state and the injected deps.
 */
import { useMemo, useState } from 'react';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons';
import type { AddinDeps } from '../deps';
import type { WorkbookApi } from '../hooks/use-workbook';
import { EmptyState } from './empty-state';
import { LoadProgress } from './load-progress';
import { NotIsmsCallout, lacksIsmsTables } from './not-isms-callout';
import { OpenWorkbook } from './open-workbook';
import { PaneHeader } from './pane-header';
import { PANE_TABS, type TabContext, type TabId } from './pane-tabs';
import { SetupPanel, type ConvertStart } from './setup-panel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
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

function NeedWorkbook(props: { excel: boolean }) {
  return (
    <EmptyState icon={<DocumentTableRegular />} title="No workbook yet">
      {props.excel
        ? 'Set up the canonical sheets, or open a workbook that has them.'
        : 'Open a workbook above to see this.'}
    </EmptyState>
  );
}

/** Tabs that need data the workbook lacks offer the conversion instead of an empty panel. */
function lacks(tab: TabId, c: TabContext): boolean {
  const a = c.assessment;
  const nothing = tab === 'heatmaps' ? !a.heatMaps : tab === 'soa' && !a.soaProgress;
  return nothing && lacksIsmsTables(a);
}

export function TaskPane(props: { deps: AddinDeps; wb: WorkbookApi }) {
  const s = useStyles();
  const { deps, wb } = props;
  const [tab, setTab] = useState<TabId>('check');
  const [start, setStart] = useState<ConvertStart | null>(null);
  const go = (t: TabId) => {
    setStart(null);
    setTab(t);
  };
  // The same conversion Set up offers: the active sheet in Excel, the opened file in a browser.
  const convert = () => {
    setTab('setup');
    const file = wb.files[0];
    setStart(deps.excel ? { kind: 'active-sheet' } : file ? { kind: 'file', file } : null);
  };
  const ctx: TabContext | null = wb.assessment
    ? { deps, wb, assessment: wb.assessment, convert }
    : null;
  const loading = wb.status === 'loading';
  // Progress updates re-render the pane many times while the engine works: the panel (a list of
  // thousands of findings) only when what it shows changed.
  const panel = useMemo(() => makePanel(), [tab, start, wb.result, wb.asOf, loading && !wb.result]);
  function makePanel() {
    if (tab === 'setup')
      return (
        <SetupPanel
          excel={deps.excel}
          api={deps.api}
          openFile={deps.openFile}
          onDone={() => void wb.refresh()}
          onOpenConverted={(f) => (go('check'), void wb.open([f]))}
          start={start}
        />
      );
    if (!ctx)
      return wb.status === 'loading' ? null : <NeedWorkbook excel={deps.host === 'excel'} />;
    if (lacks(tab, ctx)) return <NotIsmsCallout onConvert={convert} />;
    return PANE_TABS.find((t) => t.id === tab)?.render?.(ctx) ?? null;
  }
  return (
    <div className={s.root}>
      <PaneHeader deps={deps} wb={wb} tabs={PANE_TABS} tab={tab} onTab={go} />
      <main
        className={s.body}
        data-read-in={wb.result?.ran.read}
        data-assessed-in={wb.result?.ran.assess}
      >
        {tab !== 'setup' ? (
          <OpenWorkbook wb={wb} excel={deps.excel !== null} browser={deps.openFile !== null} />
        ) : null}
        {wb.status === 'loading' ? <LoadProgress progress={wb.progress} /> : null}
        {wb.error ? (
          <MessageBar intent="error">
            <MessageBarBody>{wb.error}</MessageBarBody>
          </MessageBar>
        ) : null}
        {panel}
      </main>
    </div>
  );
}
