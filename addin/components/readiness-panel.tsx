/**
 * The Readiness tab: the certification readiness of the checked workbooks, computed by the engine
 * with the core's `scoreReadiness` (the same as `isms readiness`), no service needed.
 */
import { useEffect, useState } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReadinessView } from '../api/readiness-view';
import type { ExcelActions } from '../deps';
import type { Engine, PaneResult } from '../engine/types';
import { describeError } from '../host-error';
import { useAction } from '../hooks/use-action';
import { ActionNote } from './action-note';
import { ReadinessCard } from './readiness-card';

export function ReadinessPanel(props: {
  engine: Engine;
  excel: ExcelActions | null;
  asOf: string;
  result: PaneResult | null;
}) {
  const { engine, asOf, result, excel } = props;
  const [r, setR] = useState<ReadinessView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const action = useAction();
  useEffect(() => {
    let live = true;
    engine.readiness(asOf).then(
      (v) => live && setR(v),
      (e: unknown) => live && setError(describeError(e)),
    );
    return () => {
      live = false;
    };
  }, [engine, asOf, result]);
  if (error)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  if (!r) return <Spinner size="tiny" label="Scoring readiness…" />;
  const select = excel
    ? (l: { sheet: string; cell: string | null }) =>
        void action.run('Selecting…', async () => {
          await excel.selectCell(l.sheet, l.cell);
          return `Selected ${l.sheet}${l.cell ? `!${l.cell}` : ''}.`;
        })
    : null;
  return (
    <>
      <ReadinessCard r={r} majors={result?.assessment.summary.major ?? 0} select={select} />
      <ActionNote note={action.note} />
    </>
  );
}
