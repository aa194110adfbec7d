/** What a confirmed conversion did: rows added per table in Excel, or the file saved in a browser. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ImportWriteResult } from '../deps';

export type Outcome =
  | { readonly kind: 'excel'; readonly written: ImportWriteResult }
  | { readonly kind: 'download'; readonly fileName: string; readonly blob: Blob };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line per table: "tblRisks (Risks): 3 rows added, 2 completed". */
export function tableLines(w: ImportWriteResult): string[] {
  return w.tables.map((t) => {
    const parts = [plural(t.added, 'row') + ' added'];
    if (t.completed) parts.push(`${t.completed} completed`);
    if (t.duplicates) parts.push(`${plural(t.duplicates, 'row')} already there`);
    if (t.missingColumns.length) parts.push(`not in the table: ${t.missingColumns.join(', ')}`);
    return `${t.table} (${t.sheet}): ${parts.join(', ')}`;
  });
}

export function ConvertOutcome(props: {
  outcome: Outcome;
  onClose: () => void;
  onOpenConverted?: (file: File) => void;
}) {
  const s = useStyles();
  const o = props.outcome;
  if (o.kind === 'download') {
    return (
      <div className={s.root}>
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Converted</MessageBarTitle>
            {`Saved ${o.fileName}: the canonical tables, an Import Report sheet, and your original sheets kept as they were.`}
          </MessageBarBody>
        </MessageBar>
        <div className={s.actions}>
          {props.onOpenConverted ? (
            <Button
              appearance="primary"
              onClick={() => props.onOpenConverted?.(new File([o.blob], o.fileName))}
            >
              Check it here
            </Button>
          ) : null}
          <Button onClick={props.onClose}>Done</Button>
        </div>
      </div>
    );
  }
  const w = o.written;
  const created = w.setup?.created.length ? `Created ${w.setup.created.join(', ')}. ` : '';
  return (
    <div className={s.root}>
      <MessageBar intent={w.notWritten.length ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {w.tables.length ? 'Rows added to the ISMS tables' : 'Nothing was written'}
          </MessageBarTitle>
          {`${created}Your sheet was not changed.`}
          <ul className={s.list}>
            {tableLines(w).map((l) => (
              <li key={l}>{l}</li>
            ))}
            {w.notWritten.map((n) => (
              <li
                key={n.table}
              >{`${n.table}: ${plural(n.rows, 'row')} not written — ${n.reason}`}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <div className={s.actions}>
        <Button onClick={props.onClose}>Done</Button>
      </div>
    </div>
  );
}
