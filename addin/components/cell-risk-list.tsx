/**
 * The risks of the heat-map cell a user picked. From the worker the cells carry counts only, so
 * the first risks are asked of the engine; with the ids at hand (tests, small inline runs) they
 * are listed directly. At most LISTED are shown, then how many more: a busy cell of a 100k
 * register holds thousands.
 */
import { useEffect, useMemo, useState } from 'react';
import { Caption1, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { HeatMapCell } from '../../shared/model';
import type { CellRisks } from '../engine/cell-risks';
import type { Engine, PaneRisk } from '../engine/types';

const LISTED = 100;

const useStyles = makeStyles({
  risks: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  risk: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  riskId: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
});

function useCellRisks(
  cell: HeatMapCell,
  kind: 'inherent' | 'residual',
  known: readonly PaneRisk[] | null,
  ask: Engine['cellRisks'] | undefined,
): CellRisks | null {
  const local = useMemo(() => {
    if (cell.riskIds.length < cell.count && ask) return null;
    const byId = new Map((known ?? []).map((r) => [r.id, r]));
    const risks = cell.riskIds.slice(0, LISTED).map((id) => ({
      id,
      description: byId.get(id)?.description ?? null,
      threat: byId.get(id)?.threat ?? null,
    }));
    return { risks, total: cell.count };
  }, [cell, known, ask]);
  const [asked, setAsked] = useState<{ cell: HeatMapCell; r: CellRisks } | null>(null);
  useEffect(() => {
    if (local || !ask) return;
    let on = true;
    void ask(kind, cell, LISTED).then((r) => on && setAsked({ cell, r }));
    return () => void (on = false);
  }, [local, ask, kind, cell]);
  return local ?? (asked?.cell === cell ? asked.r : null);
}

export function CellRiskList(props: {
  cell: HeatMapCell;
  kind: 'inherent' | 'residual';
  /** The slim risks when the pane has them (inline engine). */
  known: readonly PaneRisk[] | null;
  ask?: Engine['cellRisks'];
}) {
  const s = useStyles();
  const { cell } = props;
  const got = useCellRisks(cell, props.kind, props.known, props.ask);
  return (
    <section aria-live="polite" aria-label="Risks in the selected cell">
      <Text weight="semibold">{`Likelihood ${cell.likelihood} × impact ${cell.impact}${cell.band ? ` — ${cell.band}` : ''}: ${cell.count} risk${cell.count === 1 ? '' : 's'}`}</Text>
      {got ? (
        <ul className={s.risks}>
          {got.risks.map((r) => (
            <li key={r.id} className={s.risk}>
              <span className={s.riskId}>{r.id}</span>
              {r.description ?? r.threat ?? ''}
            </li>
          ))}
        </ul>
      ) : cell.count > 0 ? (
        <Spinner size="tiny" label="Listing its risks…" />
      ) : null}
      {got && got.total > got.risks.length ? (
        <Caption1>{`…and ${got.total - got.risks.length} more (filter the register in Excel to see them all).`}</Caption1>
      ) : null}
    </section>
  );
}
