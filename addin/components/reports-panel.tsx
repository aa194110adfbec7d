/**
 * Readiness & reports: posts the workbook read by the pane to the checks API (readiness score,
 * gap report as JSON/HTML/xlsx), shows progress while it works and offers the files.
 */
import { useState } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, RibbonStarRegular } from '@fluentui/react-icons';
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import type { ApiClient, ReportFormat } from '../api/client';
import type { ReadinessView } from '../api/readiness-view';
import { saveBlob } from '../browser/save-file';
import { describeError } from '../host-error';
import { ReadinessCard } from './readiness-card';
import { CARD_STYLE } from './card-style';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { ...CARD_STYLE, alignItems: 'flex-start' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function ReportsPanel(props: { api: ApiClient; snapshot: WorkbookSnapshot; asOf: string }) {
  const s = useStyles();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [readiness, setReadiness] = useState<ReadinessView | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const workbooks = [props.snapshot];
  const act = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(null);
    }
  };
  const score = () =>
    act('Scoring readiness…', async () =>
      setReadiness(await props.api.readiness(workbooks, props.asOf)),
    );
  const report = (format: ReportFormat) =>
    act(`Building the ${format.toUpperCase()} gap report…`, async () => {
      const d = await props.api.gapReport(workbooks, props.asOf, format);
      saveBlob(d.blob, d.fileName);
      setSaved(d.fileName);
    });
  return (
    <div className={s.root} aria-busy={busy !== null}>
      <section className={s.card} aria-label="Certification readiness">
        <Text weight="semibold">Certification readiness</Text>
        <Caption1>
          Scores the workbook 0–100 per ISO/IEC 27001 area, with every lost point itemised, as an
          auditor would before Stage 1.
        </Caption1>
        <Button
          appearance="primary"
          icon={<RibbonStarRegular />}
          disabled={busy !== null}
          onClick={() => void score()}
        >
          Check readiness
        </Button>
      </section>
      {readiness ? <ReadinessCard r={readiness} /> : null}
      <section className={s.card} aria-label="Gap report">
        <Text weight="semibold">Gap report</Text>
        <Caption1>
          Clause-by-clause conformance, control gaps with their risks, and a remediation roadmap.
        </Caption1>
        <div className={s.row}>
          {(['xlsx', 'html', 'json'] as const).map((f) => (
            <Button
              key={f}
              icon={<ArrowDownloadRegular />}
              disabled={busy !== null}
              onClick={() => void report(f)}
              aria-label={`Download the gap report as ${f.toUpperCase()}`}
            >
              {f.toUpperCase()}
            </Button>
          ))}
        </div>
      </section>
      {busy ? (
        <div role="status">
          <Spinner size="tiny" label={busy} labelPosition="after" />
          <ProgressBar />
        </div>
      ) : null}
      {saved && !busy ? (
        <MessageBar intent="success">
          <MessageBarBody>{`Saved ${saved}.`}</MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Could not reach the checks service</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Caption1>{`Service: ${props.api.baseUrl}`}</Caption1>
    </div>
  );
}
