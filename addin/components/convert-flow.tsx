/**
 * Conversion, after the source was read: the importer runs here (pure, in the pane), the reviewer
 * adjusts the mapping (each change runs it again), then confirms. In Excel the rows go into the
 * canonical tables; in a browser the file and the reviewed mapping go to POST /api/import and the
 * converted workbook comes back as a download. Loaded on demand, with the importer.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { ImportResult } from '../../shared/import';
import type { ApiClient } from '../api/client';
import type { ExcelActions } from '../deps';
import { countOf } from '../import/field-labels';
import { useConversion } from '../import/use-conversion';
import { ConvertOutcome } from './convert-outcome';
import { MappingReview } from './mapping-review';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // Stays in view while a long column list scrolls in a narrow pane.
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    position: 'sticky',
    bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export type ConvertSource = { readonly snapshot: WorkbookSnapshot; readonly file: File | null };

export type ConvertFlowProps = {
  readonly source: ConvertSource;
  readonly excel: ExcelActions | null;
  readonly api: ApiClient;
  readonly onClose: () => void;
  /** Excel: the tables changed, re-read the workbook. */
  readonly onWritten?: () => void;
  /** Browser: open the converted workbook in the pane. */
  readonly onOpenConverted?: (file: File) => void;
};

/** "Registre: 4 risks; SoA: 93 controls". */
export function planSummary(r: ImportResult): string {
  const parts = r.sheets
    .filter((s) => s.kind !== 'other')
    .map((s) => `${s.sheet}: ${countOf(s.kind, s.rowsOut)}`);
  return parts.length ? parts.join('; ') : 'nothing recognised yet';
}

/** A workbook that already holds the canonical tables: nothing to convert. */
function AlreadyCanonical(props: { name: string; onClose: () => void }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Already an ISMS workbook</MessageBarTitle>
        {`${props.name} already holds the canonical tables: there is nothing to convert.`}
        <Button size="small" appearance="transparent" onClick={props.onClose}>
          Back
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Confirm (add the rows in Excel, or download the converted workbook) and cancel. */
function ConvertActions(props: {
  excel: boolean;
  busy: boolean;
  rows: number;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const s = useStyles();
  const { busy, rows } = props;
  const icon = busy ? (
    <Spinner size="extra-tiny" />
  ) : props.excel ? (
    <CheckmarkRegular />
  ) : (
    <ArrowDownloadRegular />
  );
  return (
    <div className={s.actions}>
      <Button
        appearance="primary"
        icon={icon}
        disabled={busy || rows === 0}
        onClick={props.onConfirm}
      >
        {props.excel
          ? `Add ${rows} row${rows === 1 ? '' : 's'} to the workbook`
          : 'Download converted workbook'}
      </Button>
      <Button icon={<DismissRegular />} disabled={busy} onClick={props.onClose}>
        Cancel
      </Button>
    </div>
  );
}

export default function ConvertFlow(props: ConvertFlowProps) {
  const s = useStyles();
  const { snapshot, file } = props.source;
  const c = useConversion({
    snapshot,
    file,
    excel: props.excel,
    api: props.api,
    onWritten: props.onWritten,
  });
  if (c.outcome)
    return (
      <ConvertOutcome
        outcome={c.outcome}
        onClose={props.onClose}
        onOpenConverted={props.onOpenConverted}
      />
    );
  if (c.result.canonical)
    return (
      <AlreadyCanonical name={snapshot.sheets[0]?.name ?? snapshot.name} onClose={props.onClose} />
    );
  return (
    <div className={s.root} aria-busy={c.busy}>
      <div className={s.head}>
        <Text weight="semibold" size={400} as="h2">
          Review the conversion
        </Text>
        <Text>{`${props.excel ? 'Into the ISMS tables' : 'Into a new canonical workbook'} — ${planSummary(c.result)}.`}</Text>
      </div>
      <MappingReview
        result={c.result}
        hints={c.hints}
        snapshot={snapshot}
        onColumn={c.edit.column}
        onKind={c.edit.kind}
        onHeaderRow={c.edit.headerRow}
      />
      {c.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{c.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ConvertActions
        excel={props.excel !== null}
        busy={c.busy}
        rows={c.rows}
        onConfirm={() => void c.confirm()}
        onClose={props.onClose}
      />
    </div>
  );
}
