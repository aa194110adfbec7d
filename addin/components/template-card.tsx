/**
 * Plain-browser mode: download a new canonical workbook from the checks service (GET /template),
 * with the score formula of its 5×5 methodology; the CLI command is shown for those offline.
 */
import { useState } from 'react';
import {
  Button,
  Caption1,
  Label,
  Select,
  Text,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { ApiClient, TemplateMethod } from '../api/client';
import { saveBlob } from '../browser/save-file';
import { useAction } from '../hooks/use-action';
import { ActionNote } from './action-note';
import { cardClass } from './card-style';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    alignItems: 'end',
    width: '100%',
  },
  select: { flexGrow: 1, minWidth: '150px' },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'block',
    overflowX: 'auto',
    whiteSpace: 'nowrap',
    width: '100%',
    boxSizing: 'border-box',
  },
});

const METHODS: readonly { value: TemplateMethod; label: string }[] = [
  { value: 'product', label: 'Likelihood × Impact' },
  { value: 'sum', label: 'Likelihood + Impact' },
  { value: 'matrix', label: 'Matrix lookup' },
];

export function TemplateCard(props: { api: ApiClient; parts: string }) {
  const s = useStyles();
  const card = cardClass();
  const selectId = useId('template-method');
  const [method, setMethod] = useState<TemplateMethod>('product');
  const action = useAction();
  const busy = action.busy !== null;
  const download = () =>
    action.run('Preparing…', async () => {
      const d = await props.api.template(method);
      saveBlob(d.blob, d.fileName);
      return `Saved ${d.fileName}. Fill it in Excel, then open it on the Check tab.`;
    });
  return (
    <section className={card} aria-label="Canonical template">
      <Text weight="semibold">Start from the canonical template</Text>
      <Caption1>{`An Excel workbook with ${props.parts}`}</Caption1>
      <div className={s.row}>
        <div className={s.select}>
          <Label htmlFor={selectId} size="small">
            Risk score
          </Label>
          <Select
            id={selectId}
            size="small"
            value={method}
            onChange={(_, d) => setMethod(d.value as TemplateMethod)}
          >
            {METHODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </Select>
        </div>
        <Button
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          disabled={busy}
          onClick={() => void download()}
        >
          {busy ? 'Preparing…' : 'Download template'}
        </Button>
      </div>
      <ActionNote note={action.note} />
      <Caption1>Offline? The command-line tool writes the same file:</Caption1>
      <code className={s.code}>{`npx isms template --method ${method} --out register.xlsx`}</code>
    </section>
  );
}
