/**
 * The busy / error / result-note pattern every panel repeats: `run(label, work)` marks the panel
 * busy with `label`, clears the last error, shows the sentence `work` resolves to (if any) as a
 * success note and any failure as an error note (describeError: HostError messages are
 * user-facing). One action at a time; `run` while busy is ignored.
 */
import { useCallback, useRef, useState } from 'react';
import { describeError } from '../host-error';

export type ActionNote = { readonly intent: 'success' | 'error'; readonly text: string };

export type Action = {
  readonly busy: string | null;
  readonly note: ActionNote | null;
  readonly run: (label: string, work: () => Promise<string | void>) => Promise<void>;
  readonly clear: () => void;
};

export function useAction(): Action {
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<ActionNote | null>(null);
  const running = useRef(false);
  const run = useCallback(async (label: string, work: () => Promise<string | void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(label);
    setNote(null);
    try {
      const text = await work();
      if (text) setNote({ intent: 'success', text });
    } catch (e) {
      setNote({ intent: 'error', text: describeError(e) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);
  const clear = useCallback(() => setNote(null), []);
  return { busy, note, run, clear };
}
