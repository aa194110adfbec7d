// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { HeatMapPanel } from '../../../addin/components/heatmap-panel';
import { fakeExcelActions, makeAssessment } from './fixtures';

afterEach(cleanup);
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('HeatMapPanel', () => {
  it('draws the inherent 5×5 grid in band colours with counts', () => {
    wrap(<HeatMapPanel assessment={makeAssessment()} excel={null} asOf="2025-06-30" />);
    const cell = screen.getByTestId('cell-inherent-4-4');
    expect(cell.textContent).toBe('2');
    expect(cell.getAttribute('aria-label')).toBe(
      'Likelihood 4 Likely, impact 4 Major: 2 risks, Critical',
    );
    expect(cell.style.backgroundColor).not.toBe('');
    expect(screen.getAllByRole('gridcell')).toHaveLength(25);
  });

  it('lists the risks of a clicked cell', () => {
    wrap(<HeatMapPanel assessment={makeAssessment()} excel={null} asOf="2025-06-30" />);
    fireEvent.click(screen.getByTestId('cell-inherent-4-4'));
    expect(screen.getByText(/Likelihood 4 × impact 4 — Critical: 2 risks/)).toBeTruthy();
    expect(screen.getByText('Laptop theft')).toBeTruthy();
  });

  it('switches to the residual map', () => {
    wrap(<HeatMapPanel assessment={makeAssessment()} excel={null} asOf="2025-06-30" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Residual (2)' }));
    expect(screen.getByTestId('cell-residual-2-3').textContent).toBe('1');
  });

  it('writes the heat-map sheet in Excel and says where', async () => {
    wrap(
      <HeatMapPanel assessment={makeAssessment()} excel={fakeExcelActions()} asOf="2025-06-30" />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Write heat-map sheet' }));
    expect(
      await screen.findByText('Heat maps written to the “ISMS Heat Maps” sheet.'),
    ).toBeTruthy();
  });

  it('explains what is missing when there is no methodology or register', () => {
    wrap(
      <HeatMapPanel
        assessment={{ ...makeAssessment(), heatMaps: null }}
        excel={null}
        asOf="2025-06-30"
      />,
    );
    expect(screen.getByText('No heat map yet')).toBeTruthy();
  });

  it('moves between cells with the arrow keys from a single tab stop', () => {
    wrap(<HeatMapPanel assessment={makeAssessment()} excel={null} asOf="2025-06-30" />);
    const cells = screen.getAllByRole('gridcell');
    expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    const first = cells.find((c) => c.tabIndex === 0)!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-pos')).toBe('1-1');
    expect(screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0)).toHaveLength(1);
  });

  it('draws the risk appetite and shows inherent and residual side by side', () => {
    wrap(<HeatMapPanel assessment={makeAssessment()} excel={null} asOf="2025-06-30" />);
    expect(screen.getByTestId('appetite').textContent).toContain('Scores above 9');
    // 4×4 scores 16 (beyond 9); its left neighbour 4×3 scores 12, so no line there; 3×3 is 9.
    expect(screen.getByTestId('cell-inherent-3-4').style.boxShadow).toContain('inset');
    fireEvent.click(screen.getByRole('tab', { name: 'Inherent → residual' }));
    expect(screen.getByTestId('cell-inherent-4-4').textContent).toBe('2');
    expect(screen.getByTestId('cell-residual-2-3').textContent).toBe('1');
    expect(screen.getByTestId('movement').textContent).toContain('2 reduced');
  });

  it('says when there are no risks to place instead of a grid of zeros', () => {
    const a = makeAssessment();
    const none = {
      ...a.heatMaps!.inherent,
      total: 0,
      cells: a.heatMaps!.inherent.cells.map((c) => ({ ...c, count: 0, riskIds: [] })),
    };
    wrap(
      <HeatMapPanel
        assessment={{ ...a, heatMaps: { inherent: none, residual: { ...none, kind: 'residual' } } }}
        excel={null}
        asOf="2025-06-30"
      />,
    );
    expect(screen.getByText('No risks to place')).toBeTruthy();
    expect(screen.queryAllByRole('gridcell')).toHaveLength(0);
  });

  it('asks the engine for a picked cell’s risks when the cells carry counts only (worker)', async () => {
    const a = makeAssessment();
    const bare = (m: NonNullable<typeof a.heatMaps>['inherent']) => ({
      ...m,
      cells: m.cells.map((c) => ({ ...c, riskIds: [] })),
    });
    const asked: string[] = [];
    const cellRisks = async (
      kind: 'inherent' | 'residual',
      at: { likelihood: number; impact: number },
      limit: number,
    ) => {
      asked.push(`${kind} ${at.likelihood}x${at.impact} ${limit}`);
      return {
        risks: [{ id: 'R9', description: 'Flooded server room', threat: null }],
        total: 250,
      };
    };
    wrap(
      <HeatMapPanel
        assessment={{
          ...a,
          workbook: { ...a.workbook, risks: null },
          heatMaps: { inherent: bare(a.heatMaps!.inherent), residual: bare(a.heatMaps!.residual) },
        }}
        excel={null}
        asOf="2025-06-30"
        cellRisks={cellRisks}
      />,
    );
    fireEvent.click(screen.getByTestId('cell-inherent-4-4'));
    expect(await screen.findByText('Flooded server room')).toBeTruthy();
    expect(asked).toEqual(['inherent 4x4 100']);
    expect(screen.getByText(/and 249 more/)).toBeTruthy();
  });
});
