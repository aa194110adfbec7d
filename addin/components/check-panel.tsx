/**
 * The Check tab: severity tiles, the to-do of a blank SoA, filters, then the findings (virtualised
 * when long). In Excel a finding selects its cell; in a browser it shows its row's values.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle48Regular, HighlightRegular, EraserRegular } from '@fluentui/react-icons';
import type { Finding } from '../../shared/validation';
import type { ExcelActions } from '../deps';
import type { RowValues } from '../engine/row-values';
import type { PaneAssessment } from '../engine/types';
import { matches, NO_FILTER, type FindingFilter } from '../findings/filters';
import { digestFindings, type FindingDigest, type GroupBy } from '../findings/digest';
import { soaNotStarted } from '../findings/groups';
import { useAction } from '../hooks/use-action';
import { ActionNote } from './action-note';
import { EmptyState } from './empty-state';
import { FindingFilters } from './finding-filters';
import { FindingList } from './finding-list';
import { NotIsmsCallout, lacksIsmsTables } from './not-isms-callout';
import { SummaryTiles } from './summary-tiles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

function MarkButtons(props: {
  excel: ExcelActions;
  findings: readonly Finding[];
  run: ReturnType<typeof useAction>['run'];
}) {
  const s = useStyles();
  const { excel, run } = props;
  return (
    <div className={s.actions}>
      <Button
        size="small"
        icon={<HighlightRegular />}
        onClick={() =>
          void run(
            'Marking…',
            async () => `Marked ${await excel.markFindings(props.findings)} cells.`,
          )
        }
      >
        Mark cells
      </Button>
      <Button
        size="small"
        appearance="subtle"
        icon={<EraserRegular />}
        onClick={() =>
          void run('Clearing…', async () => `Removed ${await excel.clearMarks()} marks.`)
        }
      >
        Clear marks
      </Button>
    </div>
  );
}

export function CheckPanel(props: {
  assessment: PaneAssessment;
  excel: ExcelActions | null;
  /** Starts the Set up conversion; offered when no ISMS table was found (WB-NO-ISMS-TABLES). */
  onConvert?: () => void;
  /** Browser: a finding's row values (from the engine). */
  row?: (f: Finding) => Promise<RowValues | null>;
  /** The engine's digest of `assessment.findings` (which are then in its order); else made here. */
  digest?: FindingDigest;
}) {
  const s = useStyles();
  const { assessment, excel } = props;
  const action = useAction();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [groupBy, setGroupBy] = useState<GroupBy>('rule');
  const deferred = useDeferredValue(filter);
  const given = props.digest;
  const made = useMemo(
    () =>
      given
        ? { ordered: assessment.findings, digest: given }
        : digestFindings(assessment.findings, soaNotStarted(assessment.soaProgress)),
    [given, assessment],
  );
  const { ordered: all, digest } = made;
  const { blankSoa, counts } = digest;
  const unfiltered = deferred === NO_FILTER;
  const shown = useMemo(
    () => (unfiltered ? all : all.filter((f) => matches(f, deferred, blankSoa))),
    [all, deferred, blankSoa, unfiltered],
  );
  const select = excel
    ? (f: Finding) =>
        void action.run('Selecting…', async () => {
          await excel.selectCell(f.sheet!, f.cell);
          return `Selected ${f.sheet}${f.cell ? `!${f.cell}` : ''}.`;
        })
    : null;
  return (
    <div className={s.root}>
      {props.onConvert && lacksIsmsTables(assessment) ? (
        <NotIsmsCallout onConvert={props.onConvert} />
      ) : null}
      <SummaryTiles counts={counts} />
      {counts.todo > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`${counts.todo} controls to decide`}</MessageBarTitle>
            The Statement of Applicability has not been started: decide for each Annex A control
            whether it applies, and why (6.1.3 d). These are listed under To do, not as
            nonconformities.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {excel && all.length > 0 ? (
        <MarkButtons excel={excel} findings={all} run={action.run} />
      ) : null}
      <ActionNote note={action.note} />
      {all.length === 0 ? (
        <EmptyState icon={<CheckmarkCircle48Regular />} title="No findings">
          Every check passed: the risk register, SoA and methodology are consistent.
        </EmptyState>
      ) : (
        <>
          <FindingFilters
            filter={filter}
            onChange={setFilter}
            counts={counts}
            facets={digest.facets}
            groupBy={groupBy}
            onGroupBy={setGroupBy}
          />
          <Caption1 aria-live="polite">
            {`${shown.length === all.length ? 'All shown' : `${shown.length} of ${all.length} shown`} · select one to ${excel ? 'jump to its cell' : 'see its row'}`}
          </Caption1>
          <FindingList
            findings={shown}
            blankSoa={blankSoa}
            groupBy={groupBy}
            sections={unfiltered && groupBy === 'rule' ? digest.sections : null}
            actions={{ select, row: props.row ?? null }}
          />
        </>
      )}
    </div>
  );
}
