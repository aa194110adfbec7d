/**
 * The Reports tab: hands the checks service the snapshots the engine read (kept in its worker,
 * fetched when this tab opens) through ReportsPanel.
 */
import { Spinner } from '@fluentui/react-components';
import type { AddinDeps } from '../deps';
import { useEngineSnapshots } from '../hooks/use-engine-snapshots';
import type { WorkbookApi } from '../hooks/use-workbook';
import { ReportsPanel } from './reports-panel';

export function ReportsTab(props: { deps: AddinDeps; wb: WorkbookApi }) {
  const snapshots = useEngineSnapshots(props.deps.engine, props.wb.result);
  // ReportsPanel reports on one workbook: the first (the host's own in Excel).
  if (!snapshots?.length) return <Spinner size="tiny" label="Preparing the workbook…" />;
  return <ReportsPanel api={props.deps.api} snapshot={snapshots[0]} asOf={props.wb.asOf} />;
}
