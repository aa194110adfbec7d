/**
 * The Reports tab: hands the checks service the snapshots the engine read (kept in its worker,
 * fetched when this tab opens) through ReportsPanel.
 */
import { useEffect, useState } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { AddinDeps } from '../deps';
import type { WorkbookApi } from '../hooks/use-workbook';
import { ReportsPanel } from './reports-panel';

export function ReportsTab(props: { deps: AddinDeps; wb: WorkbookApi }) {
  const [snapshots, setSnapshots] = useState<readonly WorkbookSnapshot[] | null>(null);
  const { engine } = props.deps;
  const result = props.wb.result;
  useEffect(() => {
    let live = true;
    void engine.snapshots().then((s) => live && setSnapshots(s));
    return () => {
      live = false;
    };
  }, [engine, result]);
  // ReportsPanel reports on one workbook: the first (the host's own in Excel).
  if (!snapshots?.length) return <Spinner size="tiny" label="Preparing the workbook…" />;
  return <ReportsPanel api={props.deps.api} snapshot={snapshots[0]} asOf={props.wb.asOf} />;
}
