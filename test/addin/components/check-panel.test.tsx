// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CheckPanel } from '../../../addin/components/check-panel';
import { fakeExcelActions, makeAssessment } from './fixtures';

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

  it('shows the location without a button in a plain browser', () => {
    wrap(<CheckPanel assessment={makeAssessment()} excel={null} />);
    expect(screen.queryByRole('button', { name: /RR-SCALE/ })).toBeNull();
    expect(screen.getByText('Risks!G4')).toBeTruthy();
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
});
