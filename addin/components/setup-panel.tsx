/**
 * The Set up tab. In Excel: add the canonical sheets to the open workbook (the user's sheets are
 * never touched). In a browser: how to get a canonical template to fill in and open here.
 */
import { useState } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { TableSimpleIncludeRegular } from '@fluentui/react-icons';
import type { ExcelActions, SetupResult } from '../deps';
import { describeError } from '../host-error';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  code: { fontFamily: tokens.fontFamilyMonospace, backgroundColor: tokens.colorNeutralBackground3, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium, display: 'block', overflowX: 'auto' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const PARTS = 'Methodology (scales, bands, appetite), Assets, Risks (with live scores and ratings), SoA (93 Annex A controls), Clauses (4.1–10.2) and Findings.';

function Outcome(props: { r: SetupResult }) {
  const s = useStyles();
  const { r } = props;
  return (
    <MessageBar intent={r.skipped.length ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{r.created.length ? `Created ${r.created.join(', ')}` : 'Nothing created'}</MessageBarTitle>
        {r.skipped.length ? <ul className={s.list}>{r.skipped.map((k) => <li key={k.sheet}>{`${k.sheet}: ${k.reason}`}</li>)}</ul> : null}
        {!r.formulas ? 'Scores and ratings were left without formulas because the Methodology tables are missing.' : null}
      </MessageBarBody>
    </MessageBar>
  );
}

export function SetupPanel(props: { excel: ExcelActions | null; onDone: () => void }) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SetupResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const excel = props.excel;
  if (!excel) {
    return (
      <div className={s.root}>
        <Text weight="semibold">Start from the canonical template</Text>
        <Caption1>{`The template holds ${PARTS}`}</Caption1>
        <Caption1>Create it with the command-line tool, fill it in Excel, then open it here:</Caption1>
        <code className={s.code}>npx isms template --out register.xlsx</code>
        <Caption1>Have a spreadsheet in another layout? Convert it, keeping your original sheet:</Caption1>
        <code className={s.code}>npx isms import my-register.xlsx --out register.xlsx</code>
      </div>
    );
  }
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await excel.setup());
      props.onDone();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={s.root}>
      <Text weight="semibold">Add the canonical ISMS sheets</Text>
      <Caption1>{`Adds ${PARTS} Your existing sheets are not changed; a sheet that already exists is skipped.`}</Caption1>
      <Button appearance="primary" icon={<TableSimpleIncludeRegular />} disabled={busy} onClick={() => void create()}>{busy ? 'Creating…' : 'Create sheets'}</Button>
      {result ? <Outcome r={result} /> : null}
      {error ? <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar> : null}
    </div>
  );
}
