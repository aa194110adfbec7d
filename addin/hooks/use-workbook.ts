/**
 * The task pane's one piece of state: the workbook snapshot and its assessment. In Excel it reads
 * the open workbook (again after each burst of edits when live); in a browser, a picked file.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment } from '../../shared/model/assessment';
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import type { AddinDeps } from '../deps';
import { describeError } from '../host-error';

export type WorkbookState = {
  readonly status: 'empty' | 'loading' | 'ready' | 'error';
  readonly snapshot: WorkbookSnapshot | null;
  readonly assessment: Assessment | null;
  readonly error: string | null;
  readonly asOf: string;
};

export type WorkbookApi = WorkbookState & {
  readonly refresh: () => Promise<void>;
  readonly open: (file: File) => Promise<void>;
  readonly live: boolean;
  readonly setLive: (on: boolean) => void;
};

export function useWorkbook(deps: AddinDeps): WorkbookApi {
  const [state, setState] = useState<WorkbookState>({
    status: 'empty',
    snapshot: null,
    assessment: null,
    error: null,
    asOf: deps.today(),
  });
  const [live, setLive] = useState(deps.host === 'excel');
  const busy = useRef(false);

  const load = useCallback(
    async (read: () => Promise<WorkbookSnapshot>) => {
      busy.current = true;
      setState((s) => ({ ...s, status: 'loading', error: null }));
      try {
        const snapshot = await read();
        const asOf = deps.today();
        const assessment = deps.assess(snapshot, asOf);
        setState({ status: 'ready', snapshot, assessment, error: null, asOf });
      } catch (e) {
        setState((s) => ({
          ...s,
          status: s.snapshot ? 'ready' : 'error',
          error: describeError(e),
        }));
      } finally {
        busy.current = false;
      }
    },
    [deps],
  );

  const refresh = useCallback(async () => {
    if (deps.excel) await load(() => deps.excel!.readWorkbook());
  }, [deps, load]);

  const open = useCallback(
    async (file: File) => {
      if (deps.openFile) await load(() => deps.openFile!(file));
    },
    [deps, load],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!deps.excel || !live) return;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    deps.excel
      .watch(() => {
        if (!busy.current) void refresh();
      })
      .then((s) => (cancelled ? void s() : (stop = s)))
      .catch((e: unknown) => setState((st) => ({ ...st, error: describeError(e) })));
    return () => {
      cancelled = true;
      if (stop) void stop();
    };
  }, [deps, live, refresh]);

  return { ...state, refresh, open, live, setLive };
}
