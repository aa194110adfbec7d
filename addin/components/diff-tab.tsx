/**
 * The Compare tab: the review-cycle diff of the open workbook(s) against a previous version the
 * user picks. The current snapshots come from the engine's worker; a picked file is read in the
 * pane with the browser readers (nothing is uploaded just to read it).
 */
import { Spinner } from '@fluentui/react-components';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { AddinDeps } from '../deps';
import { useEngineSnapshots } from '../hooks/use-engine-snapshots';
import type { WorkbookApi } from '../hooks/use-workbook';
import { DiffPanel } from './diff-panel';

const readPicked = async (file: File): Promise<WorkbookSnapshot> =>
  (await import('../browser/open-file')).openFile(file);

export function DiffTab(props: { deps: AddinDeps; wb: WorkbookApi }) {
  const snapshots = useEngineSnapshots(props.deps.engine, props.wb.result);
  if (!snapshots?.length) return <Spinner size="tiny" label="Preparing the workbook…" />;
  return (
    <DiffPanel
      api={props.deps.api}
      current={snapshots}
      asOf={props.wb.asOf}
      openFile={props.deps.openFile ?? readPicked}
    />
  );
}
