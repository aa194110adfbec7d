/**
 * Excel only: while live re-checking is on, calls `onChange` after each burst of edits (the
 * host's watch), and stops watching when switched off or unmounted.
 */
import { useEffect, useRef } from 'react';
import type { AddinDeps } from '../deps';

export function useLiveWatch(
  deps: AddinDeps,
  live: boolean,
  onChange: () => void,
  onError: (e: unknown) => void,
): void {
  // The latest callbacks, so a re-render does not restart the watch.
  const latest = useRef({ onChange, onError });
  latest.current = { onChange, onError };
  useEffect(() => {
    if (!deps.excel || !live) return;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    deps.excel
      .watch(() => latest.current.onChange())
      .then((s) => (cancelled ? void s() : (stop = s)))
      .catch((e: unknown) => latest.current.onError(e));
    return () => {
      cancelled = true;
      if (stop) void stop();
    };
  }, [deps, live]);
}
