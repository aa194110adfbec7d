/**
 * The task pane's one piece of state: the workbooks being checked and their combined assessment,
 * computed by the engine (a Web Worker). In Excel it reads the open workbook (again after each
 * burst of edits when live) plus any files added for the cross-workbook checks; in a browser,
 * the picked or dropped files.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { AddinDeps } from '../deps';
import type { PaneAssessment, PaneResult, Progress } from '../engine/types';
import { describeError } from '../host-error';
import { useLiveWatch } from './use-live-watch';

export type WorkbookState = {
  readonly status: 'empty' | 'loading' | 'ready' | 'error';
  readonly result: PaneResult | null;
  readonly error: string | null;
  readonly asOf: string;
  /** While loading: how far the engine is (null before it reports). */
  readonly progress: Progress | null;
};

export type WorkbookApi = WorkbookState & {
  readonly assessment: PaneAssessment | null;
  readonly refresh: () => Promise<void>;
  /** Browser: checks these files together (replacing the current set). */
  readonly open: (files: readonly File[]) => Promise<void>;
  /** Adds files to the set (in Excel: other workbooks for the cross-workbook checks). */
  readonly add: (files: readonly File[]) => Promise<void>;
  /** Files in the set besides the host's own workbook. */
  readonly files: readonly File[];
  readonly live: boolean;
  readonly setLive: (on: boolean) => void;
};

export function useWorkbook(deps: AddinDeps): WorkbookApi {
  const [state, setState] = useState<WorkbookState>({
    status: 'empty',
    result: null,
    error: null,
    asOf: deps.today(),
    progress: null,
  });
  const [live, setLive] = useState(deps.host === 'excel');
  const [files, setFiles] = useState<readonly File[]>([]);
  const filesRef = useRef<readonly File[]>([]);
  const busy = useRef(false);
  const latest = useRef(0);

  const load = useCallback(
    async (set: readonly File[]) => {
      const run = ++latest.current;
      busy.current = true;
      setState((s) => ({ ...s, status: 'loading', error: null, progress: null }));
      const current = () => run === latest.current;
      try {
        const own = deps.excel ? [await deps.excel.readWorkbook()] : [];
        if (own.length + set.length === 0) return setState((s) => ({ ...s, status: 'empty' }));
        const asOf = deps.today();
        const result = await deps.engine.run({ snapshots: own, files: set }, asOf, (p) => {
          if (current()) setState((s) => ({ ...s, progress: p }));
        });
        // A transition: React renders the new result in 5 ms slices, so even the first view of
        // 100k findings is no long main-thread task (a plain update would render in one go).
        if (current())
          startTransition(() =>
            setState({ status: 'ready', result, error: null, asOf, progress: null }),
          );
      } catch (e) {
        if (current())
          setState((s) => ({
            ...s,
            status: s.result ? 'ready' : 'error',
            error: describeError(e),
            progress: null,
          }));
      } finally {
        if (current()) busy.current = false;
      }
    },
    [deps],
  );

  const refresh = useCallback(async () => {
    if (deps.excel) await load(filesRef.current);
  }, [deps, load]);
  const open = useCallback(
    async (set: readonly File[]) => {
      filesRef.current = set;
      setFiles(set);
      await load(set);
    },
    [load],
  );
  const add = useCallback(
    async (more: readonly File[]) => {
      const set = [...filesRef.current, ...more];
      filesRef.current = set;
      setFiles(set);
      await load(set);
    },
    [load],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useLiveWatch(
    deps,
    live,
    () => {
      if (!busy.current) void refresh();
    },
    (e) => setState((st) => ({ ...st, error: describeError(e) })),
  );

  const assessment = state.result?.assessment ?? null;
  return { ...state, assessment, refresh, open, add, files, live, setLive };
}
