/**
 * Readiness & reports: posts the workbook read by the pane to the checks API (readiness score,
 * and every report of the catalogue in each of its formats: gap report, management review pack,
 * risk treatment plan, SoA), shows progress while it works and offers the files, named after the
 * workbook and the date.
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
import { RibbonStarRegular } from '@fluentui/react-icons';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { ApiClient } from '../api/client';
import {
  REPORT_KIND_IDS,
  REPORT_KINDS,
  reportFileName,
  type ReportFormat,
  type ReportKind,
} from '../../shared/reports';
import { ReportCard } from './report-card';
import type { ReadinessView } from '../api/readiness-view';
import { saveBlob } from '../browser/save-file';
import { describeError } from '../host-error';
import { ReadinessCard } from './readiness-card';
import { CARD_STYLE } from './card-style';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { ...CARD_STYLE, alignItems: 'flex-start' },
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
  const report = (kind: ReportKind, format: ReportFormat) =>
    void act(
      `Building the ${format.toUpperCase()} ${REPORT_KINDS[kind].title.toLowerCase()}…`,
      async () => {
        const d = await props.api.report(kind, workbooks, props.asOf, format);
        // Named after the workbook and the date, whatever the service calls it.
        const name = reportFileName(kind, format, [props.snapshot.name], props.asOf);
        saveBlob(d.blob, name);
        setSaved(name);
      },
    );
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
      {REPORT_KIND_IDS.map((kind) => (
        <ReportCard key={kind} kind={kind} disabled={busy !== null} onDownload={report} />
      ))}
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
