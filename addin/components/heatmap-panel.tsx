/**
 * The Heat maps tab: inherent or residual grid, or both side by side with the moves treatment
 * made; the risk appetite line, band legend, and the risks of a picked cell.
 */
import { useState } from 'react';
import {
  Button,
  Caption1,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { GridRegular, TableAddRegular } from '@fluentui/react-icons';
import type { HeatMapCell } from '../../shared/model';
import type { PaneAssessment } from '../engine/types';
import type { ExcelActions } from '../deps';
import { useAction } from '../hooks/use-action';
import { ActionNote } from './action-note';
import { EmptyState } from './empty-state';
import { HeatGrid, readableOn } from './heat-grid';
import { HeatMoves } from './heat-moves';

type Kind = 'inherent' | 'residual' | 'movement';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  chip: {
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
  },
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

export function HeatMapPanel(props: {
  assessment: PaneAssessment;
  excel: ExcelActions | null;
  asOf: string;
}) {
  const s = useStyles();
  const [kind, setKind] = useState<Kind>('inherent');
  const [picked, setPicked] = useState<HeatMapCell | null>(null);
  const action = useAction();
  const maps = props.assessment.heatMaps;
  if (!maps) {
    return (
      <EmptyState icon={<GridRegular />} title="No heat map yet">
        Heat maps need a methodology (Methodology sheet) and a risk register (tblRisks).
      </EmptyState>
    );
  }
  if (maps.inherent.total === 0 && maps.residual.total === 0) {
    return (
      <EmptyState icon={<GridRegular />} title="No risks to place">
        The register (tblRisks) has no risk with a likelihood and impact yet; add risks and their
        ratings, and they appear here.
      </EmptyState>
    );
  }
  const map = kind === 'movement' ? maps.residual : maps[kind];
  const methodology = props.assessment.workbook.methodology;
  const bands = methodology?.bands ?? [];
  const appetite = methodology?.acceptanceThreshold ?? null;
  const describe = (id: string) => props.assessment.workbook.risks?.find((r) => r.id === id);
  const exportSheet = () =>
    action.run('Writing…', async () => {
      const sheet = await props.excel!.writeHeatMaps(
        [maps.inherent, maps.residual],
        props.assessment.workbook.name,
        props.asOf,
      );
      return `Heat maps written to the “${sheet}” sheet.`;
    });
  return (
    <div className={s.root}>
      <TabList
        size="small"
        selectedValue={kind}
        onTabSelect={(_, d) => {
          setKind(d.value as Kind);
          setPicked(null);
        }}
        aria-label="Heat map kind"
      >
        <Tab value="inherent">{`Inherent (${maps.inherent.total})`}</Tab>
        <Tab value="residual">{`Residual (${maps.residual.total})`}</Tab>
        <Tab value="movement">Inherent → residual</Tab>
      </TabList>
      {kind === 'movement' ? (
        <HeatMoves
          inherent={maps.inherent}
          residual={maps.residual}
          appetite={appetite}
          selected={picked}
          onSelect={setPicked}
        />
      ) : (
        <HeatGrid map={map} selected={picked} onSelect={setPicked} appetite={appetite} />
      )}
      {appetite !== null ? (
        <Caption1 data-testid="appetite">{`Heavy line: risk appetite. Scores above ${appetite} need the risk owner's acceptance (6.1.3 f).`}</Caption1>
      ) : null}
      <div className={s.legend} aria-label="Rating bands">
        {bands.map((b) => (
          <span
            key={b.name}
            className={s.chip}
            style={{ backgroundColor: b.color, color: readableOn(b.color) }}
          >{`${b.name} ${b.min}–${b.max}`}</span>
        ))}
      </div>
      {map.unplaced.length > 0 ? (
        <Caption1>{`Not placed (likelihood or impact missing or off-scale): ${map.unplaced.join(', ')}`}</Caption1>
      ) : null}
      {picked ? (
        <section aria-live="polite" aria-label="Risks in the selected cell">
          <Text weight="semibold">{`Likelihood ${picked.likelihood} × impact ${picked.impact}${picked.band ? ` — ${picked.band}` : ''}: ${picked.count} risk${picked.count === 1 ? '' : 's'}`}</Text>
          <ul className={s.risks}>
            {picked.riskIds.map((id) => (
              <li key={id} className={s.risk}>
                <span className={s.riskId}>{id}</span>
                {describe(id)?.description ?? describe(id)?.threat ?? ''}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <Caption1>Select a cell to list its risks.</Caption1>
      )}
      {props.excel ? (
        <Button icon={<TableAddRegular />} onClick={() => void exportSheet()}>
          Write heat-map sheet
        </Button>
      ) : null}
      <ActionNote note={action.note} />
    </div>
  );
}
