/**
 * "Compare with a previous version": the user opens the previous review cycle's workbook(s); the
 * pane reads them in the browser, posts both cycles to the checks API (POST /api/diff) and shows
 * the changes grouped by area. Nothing is written to the workbook.
 */
import { useRef, useState } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowSwapRegular } from '@fluentui/react-icons';
import type { DiffResult } from '../../shared/diff';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { ApiClient } from '../api/client';
import { describeError } from '../host-error';
import { CARD_STYLE } from './card-style';
import { DiffChanges } from './diff-changes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { ...CARD_STYLE, alignItems: 'flex-start' },
});

export type DiffPanelProps = {
  readonly api: ApiClient;
  /** The current cycle: the workbook(s) open in the pane. */
  readonly current: readonly WorkbookSnapshot[];
  readonly asOf: string;
  /** Reads a picked file into a snapshot (the browser readers; nothing is uploaded to read it). */
  readonly openFile: (file: File) => Promise<WorkbookSnapshot>;
};

export function DiffPanel(props: DiffPanelProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<DiffResult | null>(null);
  const compare = async (files: readonly File[]) => {
    setError(null);
    setResult(null);
    try {
      setBusy(`Reading ${files.map((f) => f.name).join(', ')}…`);
      const previous = await Promise.all(files.map((f) => props.openFile(f)));
      setBusy('Comparing the two review cycles…');
      setResult(await props.api.diff(previous, props.current, props.asOf));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className={s.root} aria-busy={busy !== null}>
      <section className={s.card} aria-label="Compare with a previous version">
        <Text weight="semibold">Compare with a previous version</Text>
        <Caption1>
          Open the previous review cycle’s workbook(s) to see what changed since: risks rescored,
          treatments and acceptances, SoA status and evidence, clauses, findings and readiness.
        </Caption1>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept=".xlsx,.xlsm,.csv"
          aria-label="Previous version files"
          data-testid="previous-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void compare(files);
          }}
        />
        <Button
          appearance="primary"
          icon={<ArrowSwapRegular />}
          disabled={busy !== null || props.current.length === 0}
          onClick={() => input.current?.click()}
        >
          Open previous version…
        </Button>
      </section>
      {busy ? <Spinner size="tiny" label={busy} labelPosition="after" role="status" /> : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Could not compare</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? <DiffChanges d={result} /> : null}
    </div>
  );
}
