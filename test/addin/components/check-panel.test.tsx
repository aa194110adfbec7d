// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CheckPanel } from '../../../addin/components/check-panel';
import { FINDINGS, fakeExcelActions, makeAssessment } from './fixtures';

afterEach(cleanup);
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('CheckPanel', () => {
  it('groups findings by severity with counts and rule ids', () => {
    wrap(<CheckPanel assessment={makeAssessment()} excel={null} />);
    expect(screen.getByRole('heading', { name: /Major nonconformities/ }).textContent).toContain(
      '1',
    );
    expect(screen.getByRole('heading', { name: /Observations/ }).textContent).toContain('2');
    expect(screen.getByText('SOA-NO-EVIDENCE × 2')).toBeTruthy();
    expect(screen.getByText(/Risk R2 has no risk owner/)).toBeTruthy();
    expect(screen.getByTestId('count-minor').textContent).toBe('1Minor');
  });

  it('selects the finding’s cell in Excel on click, from a native button that Enter and Space also activate', async () => {
    const excel = fakeExcelActions();
    wrap(<CheckPanel assessment={makeAssessment()} excel={excel} />);
    const item = screen.getByRole('button', { name: /RR-SCALE at Risks!G4/ });
    fireEvent.click(item);
    await waitFor(() => expect(excel.calls).toContain('select Risks!G4'));
    expect(item.tagName).toBe('BUTTON'); // native button: Enter and Space activate it
    expect(await screen.findByText('Selected Risks!G4.')).toBeTruthy();
  });

  it('shows the row’s values in a plain browser, where there is no cell to select', async () => {
    const asked: string[] = [];
    const row = async (f: { sheet: string | null; row: number | null }) => {
      asked.push(`${f.sheet} ${f.row}`);
      return { headers: ['Risk ID', 'Likelihood'], values: ['R3', 'high'] };
    };
    wrap(<CheckPanel assessment={makeAssessment()} excel={null} row={row} />);
    expect(screen.getByText('Risks!G4')).toBeTruthy();
    const item = screen.getByRole('button', { name: /RR-SCALE at Risks!G4.*Show the row/ });
    fireEvent.click(item);
    expect(await screen.findByText('high')).toBeTruthy();
    expect(asked).toEqual(['Risks 4']);
    expect(item.getAttribute('aria-expanded')).toBe('true');
  });

  it('marks and clears the offending cells', async () => {
    const excel = fakeExcelActions();
    wrap(<CheckPanel assessment={makeAssessment()} excel={excel} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mark cells' }));
    expect(await screen.findByText('Marked 4 cells.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear marks' }));
    expect(await screen.findByText('Removed 2 marks.')).toBeTruthy();
  });

  it('reports a failed jump in a message instead of crashing', async () => {
    const excel = fakeExcelActions({
      selectCell: async () => {
        throw new Error('The sheet “Risks” is no longer in the workbook.');
      },
    });
    wrap(<CheckPanel assessment={makeAssessment()} excel={excel} />);
    fireEvent.click(screen.getByRole('button', { name: /RR-REQUIRED/ }));
    expect(await screen.findByText(/no longer in the workbook/)).toBeTruthy();
  });

  it('celebrates a clean workbook', () => {
    wrap(<CheckPanel assessment={makeAssessment([])} excel={null} />);
    expect(screen.getByText('No findings')).toBeTruthy();
  });

  it('filters by rule chip, severity chip and text, and says how many are shown', () => {
    wrap(<CheckPanel assessment={makeAssessment()} excel={null} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'SOA-NO-EVIDENCE × 2' }));
    expect(screen.getByText(/2 of 4 shown/)).toBeTruthy();
    expect(screen.queryByText(/Risk R2 has no risk owner/)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'SOA-NO-EVIDENCE × 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Major nonconformities 1' }));
    expect(screen.getByText(/1 of 4 shown/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Major nonconformities 1' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Search findings' }), {
      target: { value: 'a.5.9' },
    });
    expect(screen.getByText(/1 of 4 shown/)).toBeTruthy();
    expect(screen.getByText(/Control A.5.9 is implemented/)).toBeTruthy();
  });

  it('gives each finding its fix hint and a link to its rule', () => {
    wrap(<CheckPanel assessment={makeAssessment()} excel={null} />);
    expect(screen.getAllByText(/Fix: Reference the record/)).toHaveLength(2);
    const link = screen.getByRole('link', { name: 'About RR-SCALE' });
    expect(link.getAttribute('href')).toBe('rules.html#rr-scale');
  });

  it('reads a blank SoA as controls to decide, not as nonconformities', () => {
    const todo = Array.from({ length: 93 }, (_, i) => ({
      ...FINDINGS[0],
      rule: 'SOA-NO-DECISION',
      severity: 'minor' as const,
      sheet: 'SoA',
      cell: `D${i + 2}`,
      row: i + 2,
      message: `Control A.5.${i + 1} has no applicability decision (6.1.3 d).`,
    }));
    const base = makeAssessment(todo);
    const total = { ...base.soaProgress!.total, applicable: 0, undecided: 93 };
    wrap(
      <CheckPanel
        assessment={{ ...base, soaProgress: { ...base.soaProgress!, total } }}
        excel={null}
      />,
    );
    expect(screen.getByText('93 controls to decide')).toBeTruthy();
    expect(screen.getByTestId('count-minor').textContent).toBe('0Minor');
    expect(screen.getByRole('heading', { name: /To do/ }).textContent).toContain('93');
    expect(screen.queryByRole('heading', { name: /Minor nonconformities/ })).toBeNull();
  });
});
