/**
 * Conversion, after the source was read: the importer runs here (pure, in the pane), the reviewer
 * adjusts the mapping (each change runs it again), then confirms. In Excel the rows go into the
 * canonical tables; in a browser the file and the reviewed mapping go to POST /api/import and the
 * converted workbook comes back as a download. Loaded on demand, with the importer.
 */
import { useMemo, useState } from 'react';
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
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import { importWorkbook } from '../../shared/import';
import type { ImportKind, ImportMapping, ImportResult } from '../../shared/import/types';
import type { ApiClient } from '../api/client';
import { saveBlob } from '../browser/save-file';
import type { ExcelActions } from '../deps';
import { describeError } from '../host-error';
import { countOf } from '../import/field-labels';
import { setColumnField, setHeaderRow, setKind } from '../import/review-mapping';
import { ConvertOutcome, type Outcome } from './convert-outcome';
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

/** Detection confidences: `sheet|column|field` per column and `sheet|kind` per sheet. */
function hintsOf(r: ImportResult): Map<string, number> {
  return new Map(
    r.sheets.flatMap((s) => [
      [`${s.sheet}|${s.kind}`, s.confidence] as const,
      ...s.columns.map((c) => [`${s.sheet}|${c.column}|${c.field}`, c.confidence] as const),
    ]),
  );
}

/** "Registre: 4 risks; SoA: 93 controls". */
export function planSummary(r: ImportResult): string {
  const parts = r.sheets
    .filter((s) => s.kind !== 'other')
    .map((s) => `${s.sheet}: ${countOf(s.kind, s.rowsOut)}`);
  return parts.length ? parts.join('; ') : 'nothing recognised yet';
}

export default function ConvertFlow(props: ConvertFlowProps) {
  const s = useStyles();
  const { snapshot, file } = props.source;
  const initial = useMemo(() => importWorkbook(snapshot), [snapshot]);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const result = useMemo(
    () => (mapping ? importWorkbook(snapshot, { mapping }) : initial),
    [snapshot, mapping, initial],
  );
  const hints = useMemo(() => hintsOf(initial), [initial]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const rows = Object.values(result.tables).reduce((n, t) => n + (t?.length ?? 0), 0);
  const current = mapping ?? result.mapping;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      if (props.excel) {
        setOutcome({ kind: 'excel', written: await props.excel.writeImport(result.tables) });
        props.onWritten?.();
      } else if (file) {
        // Only an edited mapping is sent: untouched, the service detects exactly as the pane did.
        const d = await props.api.convert(file, file.name, mapping ?? undefined);
        saveBlob(d.blob, d.fileName);
        setOutcome({ kind: 'download', fileName: d.fileName, blob: d.blob });
      }
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  if (outcome)
    return (
      <ConvertOutcome
        outcome={outcome}
        onClose={props.onClose}
        onOpenConverted={props.onOpenConverted}
      />
    );
  if (result.canonical) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Already an ISMS workbook</MessageBarTitle>
          {`${snapshot.sheets[0]?.name ?? snapshot.name} already holds the canonical tables: there is nothing to convert.`}
          <Button size="small" appearance="transparent" onClick={props.onClose}>
            Back
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={s.root} aria-busy={busy}>
      <div className={s.head}>
        <Text weight="semibold" size={400} as="h2">
          Review the conversion
        </Text>
        <Text>{`${props.excel ? 'Into the ISMS tables' : 'Into a new canonical workbook'} — ${planSummary(result)}.`}</Text>
      </div>
      <MappingReview
        result={result}
        hints={hints}
        onColumn={(sheet, column, field) =>
          setMapping(setColumnField(current, sheet, column, field))
        }
        onKind={(sheet, kind: ImportKind) => setMapping(setKind(current, result, sheet, kind))}
        onHeaderRow={(sheet, row) => setMapping(setHeaderRow(snapshot, current, sheet, row))}
      />
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={s.actions}>
        <Button
          appearance="primary"
          icon={
            busy ? (
              <Spinner size="extra-tiny" />
            ) : props.excel ? (
              <CheckmarkRegular />
            ) : (
              <ArrowDownloadRegular />
            )
          }
          disabled={busy || rows === 0}
          onClick={() => void confirm()}
        >
          {props.excel
            ? `Add ${rows} row${rows === 1 ? '' : 's'} to the workbook`
            : 'Download converted workbook'}
        </Button>
        <Button icon={<DismissRegular />} disabled={busy} onClick={props.onClose}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
