/**
 * The Heat maps tab: inherent or residual grid, or both side by side with the moves treatment
 * made; the risk appetite line, band legend, and the risks of a picked cell.
 */
import { useState } from 'react';
import { Button, Caption1, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { GridRegular, TableAddRegular } from '@fluentui/react-icons';
import type { HeatMapCell } from '../../shared/model';
import type { PaneAssessment } from '../engine/types';
import type { ExcelActions } from '../deps';
import { useAction } from '../hooks/use-action';
import { ActionNote } from './action-note';
import { EmptyState } from './empty-state';
import { HeatGrid, readableOn } from './heat-grid';
import { bandShortNames } from '../heatmap/cell-style';
import { HeatMoves } from './heat-moves';
import { CellRiskList } from './cell-risk-list';
import type { MovementCounts } from '../heatmap/moves';
import type { Engine } from '../engine/types';

type Kind = 'inherent' | 'residual' | 'movement';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  chip: {
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    // Invisible until forced colours drop the fill: then the outline keeps it a chip.
    border: '1px solid transparent',
  },
  short: { fontWeight: tokens.fontWeightBold, marginRight: tokens.spacingHorizontalXS },
});

export function HeatMapPanel(props: {
  assessment: PaneAssessment;
  excel: ExcelActions | null;
  asOf: string;
  /** Counted by the engine (the worker's heat maps keep their risk ids). */
  movement?: MovementCounts | null;
  /** Lists a cell's risks when the cells carry counts only. */
  cellRisks?: Engine['cellRisks'];
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
  const short = bandShortNames(bands.map((b) => b.name));
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
          movement={props.movement}
          bandShort={short}
        />
      ) : (
        <HeatGrid
          map={map}
          selected={picked}
          onSelect={setPicked}
          appetite={appetite}
          bandShort={short}
        />
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
          >
            <span className={s.short}>{short.get(b.name)}</span>
            {`${b.name} ${b.min}–${b.max}`}
          </span>
        ))}
      </div>
      {map.unplaced.length > 0 ? (
        <Caption1>{`Not placed (likelihood or impact missing or off-scale): ${map.unplaced.join(', ')}`}</Caption1>
      ) : null}
      {picked ? (
        <CellRiskList
          cell={picked}
          kind={maps.inherent.cells.includes(picked) ? 'inherent' : 'residual'}
          known={props.assessment.workbook.risks}
          ask={props.cellRisks}
        />
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
