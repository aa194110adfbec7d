/** The Check tab: severity tiles, rule counts, then every finding grouped by severity. */
import { useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle48Regular, HighlightRegular, EraserRegular } from '@fluentui/react-icons';
import type { Assessment } from '../../shared/model/assessment';
import type { Finding } from '../../shared/validation/finding';
import type { ExcelActions } from '../deps';
import { describeError } from '../host-error';
import { EmptyState } from './empty-state';
import { FindingList } from './finding-list';
import { NotIsmsCallout, lacksIsmsTables } from './not-isms-callout';
import { SummaryTiles } from './summary-tiles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  rules: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function CheckPanel(props: {
  assessment: Assessment;
  excel: ExcelActions | null;
  /** Starts the Set up conversion; offered when no ISMS table was found (WB-NO-ISMS-TABLES). */
  onConvert?: () => void;
}) {
  const s = useStyles();
  const { assessment, excel } = props;
  const [note, setNote] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const run = async (action: () => Promise<string>) => {
    try {
      setNote({ intent: 'success', text: await action() });
    } catch (e) {
      setNote({ intent: 'error', text: describeError(e) });
    }
  };
  const select = excel
    ? (f: Finding) =>
        void run(
          async () => (
            await excel.selectCell(f.sheet!, f.cell),
            `Selected ${f.sheet}${f.cell ? `!${f.cell}` : ''}.`
          ),
        )
    : null;
  const rules = Object.entries(assessment.summary.byRule).sort((a, b) => b[1] - a[1]);
  return (
    <div className={s.root}>
      {props.onConvert && lacksIsmsTables(assessment) ? (
        <NotIsmsCallout onConvert={props.onConvert} />
      ) : null}
      <SummaryTiles summary={assessment.summary} />
      {rules.length > 0 ? (
        <div className={s.rules} aria-label="Findings by rule">
          {rules.map(([rule, n]) => (
            <Badge
              key={rule}
              appearance="outline"
              color="informative"
              shape="rounded"
            >{`${rule} × ${n}`}</Badge>
          ))}
        </div>
      ) : null}
      {excel && assessment.findings.length > 0 ? (
        <div className={s.actions}>
          <Button
            size="small"
            icon={<HighlightRegular />}
            onClick={() =>
              void run(async () => `Marked ${await excel.markFindings(assessment.findings)} cells.`)
            }
          >
            Mark cells
          </Button>
          <Button
            size="small"
            appearance="subtle"
            icon={<EraserRegular />}
            onClick={() => void run(async () => `Removed ${await excel.clearMarks()} marks.`)}
          >
            Clear marks
          </Button>
        </div>
      ) : null}
      {note ? (
        <MessageBar intent={note.intent}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {assessment.findings.length === 0 ? (
        <EmptyState icon={<CheckmarkCircle48Regular />} title="No findings">
          Every check passed: the risk register, SoA and methodology are consistent.
        </EmptyState>
      ) : (
        <FindingList findings={assessment.findings} onSelect={select} />
      )}
      {excel ? <Caption1>Select a finding to jump to its cell.</Caption1> : null}
    </div>
  );
}
