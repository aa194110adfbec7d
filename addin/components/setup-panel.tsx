/**
 * The Set up tab. In Excel: add the canonical sheets to the open workbook (the user's sheets are
 * never touched), or convert the active sheet. In a browser: download the canonical template, or
 * convert a spreadsheet into it. The conversion review (and the importer) load on demand.
 */
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
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
import { TableSimpleIncludeRegular } from '@fluentui/react-icons';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { ApiClient } from '../api/client';
import type { ExcelActions, SetupResult } from '../deps';
import { useAction } from '../hooks/use-action';
import { ActionNote } from './action-note';
import { cardClass } from './card-style';
import { ConvertCard } from './convert-card';
import type { ConvertSource } from './convert-flow';
import { TemplateCard } from './template-card';

const ConvertFlow = lazy(() => import('./convert-flow'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const PARTS =
  'Methodology (scales, bands, appetite), Assets, Risks (with live scores and ratings), SoA (93 Annex A controls), Clauses (4.1–10.2) and Findings.';

function Outcome(props: { r: SetupResult }) {
  const s = useStyles();
  const { r } = props;
  return (
    <MessageBar intent={r.skipped.length ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {r.created.length ? `Created ${r.created.join(', ')}` : 'Nothing created'}
        </MessageBarTitle>
        {r.skipped.length ? (
          <ul className={s.list}>
            {r.skipped.map((k) => (
              <li key={k.sheet}>{`${k.sheet}: ${k.reason}`}</li>
            ))}
          </ul>
        ) : null}
        {!r.formulas
          ? 'Scores and ratings were left without formulas because the Methodology tables are missing.'
          : null}
      </MessageBarBody>
    </MessageBar>
  );
}

function CreateSheets(props: { excel: ExcelActions; onDone: () => void }) {
  const card = cardClass();
  const action = useAction();
  const busy = action.busy !== null;
  const [result, setResult] = useState<SetupResult | null>(null);
  const create = () =>
    action.run('Creating…', async () => {
      setResult(await props.excel.setup());
      props.onDone();
    });
  return (
    <section className={card} aria-label="Canonical sheets">
      <Text weight="semibold">Add the canonical ISMS sheets</Text>
      <Caption1>{`Adds ${PARTS} Your existing sheets are not changed; a sheet that already exists is skipped.`}</Caption1>
      <Button
        appearance="primary"
        icon={<TableSimpleIncludeRegular />}
        disabled={busy}
        onClick={() => void create()}
      >
        {busy ? 'Creating…' : 'Create sheets'}
      </Button>
      {result ? <Outcome r={result} /> : null}
      <ActionNote note={action.note} />
    </section>
  );
}

export type SetupPanelProps = {
  readonly excel: ExcelActions | null;
  readonly api: ApiClient;
  /** Browser: reads a picked spreadsheet (xlsx, xlsm, csv). */
  readonly openFile: ((file: File) => Promise<WorkbookSnapshot>) | null;
  readonly onDone: () => void;
  readonly onOpenConverted?: (file: File) => void;
  /** Start converting at once (the Check tab's "Convert it"), as the Convert card would. */
  readonly start?: ConvertStart | null;
};

/** What to convert when the pane asks: the active sheet (Excel) or the file already opened. */
export type ConvertStart =
  { readonly kind: 'active-sheet' } | { readonly kind: 'file'; file: File };

export function SetupPanel(props: SetupPanelProps) {
  const s = useStyles();
  const { excel } = props;
  const [source, setSource] = useState<ConvertSource | null>(null);
  const action = useAction();
  const reading = action.busy !== null;
  const read = (work: () => Promise<ConvertSource>) =>
    action.run('Reading…', async () => {
      const source = await work();
      // The import limit the CLI and the API apply too, before the importer runs on the rows.
      const { checkImportBudget } = await import('../../readers');
      checkImportBudget(source.snapshot);
      setSource(source);
    });
  const fromActiveSheet = () =>
    excel && void read(async () => ({ snapshot: await excel.readActiveSheet(), file: null }));
  const openFile = props.openFile;
  const fromFile = (file: File) =>
    openFile && void read(async () => ({ snapshot: await openFile(file), file }));
  // Each request is honoured once (a ref, not state: StrictMode runs effects twice).
  const started = useRef<ConvertStart | null>(null);
  const start = props.start ?? null;
  useEffect(() => {
    if (!start || started.current === start) return;
    started.current = start;
    if (start.kind === 'active-sheet') fromActiveSheet();
    else fromFile(start.file);
  });
  if (source) {
    return (
      <Suspense fallback={<Spinner size="small" label="Preparing the review…" />}>
        <ConvertFlow
          source={source}
          excel={excel}
          api={props.api}
          onClose={() => setSource(null)}
          onWritten={props.onDone}
          onOpenConverted={props.onOpenConverted}
        />
      </Suspense>
    );
  }
  return (
    <div className={s.root}>
      {excel ? (
        <CreateSheets excel={excel} onDone={props.onDone} />
      ) : (
        <TemplateCard api={props.api} parts={PARTS} />
      )}
      <ConvertCard
        host={excel ? 'excel' : 'browser'}
        busy={reading}
        onActiveSheet={fromActiveSheet}
        onFile={fromFile}
      />
      <ActionNote note={action.note} />
    </div>
  );
}
