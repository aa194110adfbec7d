// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../addin/app';
import { CheckPanel } from '../../../addin/components/check-panel';
import type { Assessment } from '../../../shared/model/assessment';
import type { Finding } from '../../../shared/validation/finding';
import { summarize } from '../../../shared/validation/finding';
import { fakeDeps, fakeExcelActions, makeAssessment } from './fixtures';
import { REGISTER } from './register-snapshot';

afterEach(cleanup);
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const NO_TABLES: Finding = {
  rule: 'WB-NO-ISMS-TABLES',
  severity: 'major',
  workbook: 'Registre.xlsx',
  sheet: null,
  cell: null,
  row: null,
  message: 'No ISMS table was found in the workbook (6.1.2, 6.1.3 d).',
};

/** What the core returns for a register in its own layout: one finding, nothing to chart. */
function noTablesAssessment(): Assessment {
  return {
    ...makeAssessment([NO_TABLES]),
    summary: summarize([NO_TABLES]),
    heatMaps: null,
    soaProgress: null,
  };
}

const CTA = { name: /^Convert it/ };

describe('CheckPanel with WB-NO-ISMS-TABLES', () => {
  it('leads with the call to convert, whose button runs the convert callback', () => {
    let asked = 0;
    wrap(<CheckPanel assessment={noTablesAssessment()} excel={null} onConvert={() => asked++} />);
    const bar = screen.getByRole('group', { name: 'This workbook is not in the ISMS layout yet' });
    expect(bar.getAttribute('aria-describedby')).toBeTruthy();
    const button = screen.getByRole('button', CTA);
    expect(button.tagName).toBe('BUTTON'); // native button: Enter and Space activate it
    fireEvent.click(button);
    expect(asked).toBe(1);
  });

  it('does not show the call to convert for other findings', () => {
    wrap(<CheckPanel assessment={makeAssessment()} excel={null} onConvert={() => {}} />);
    expect(screen.queryByTestId('not-isms-callout')).toBeNull();
    expect(screen.queryByRole('button', CTA)).toBeNull();
  });
});

describe('App when the workbook has no ISMS tables', () => {
  it('converts the opened file in a browser: the review opens on that file', async () => {
    const read: string[] = [];
    const deps = fakeDeps({
      assess: noTablesAssessment,
      openFile: async (f) => (read.push(f.name), REGISTER),
    });
    render(<App deps={deps} />);
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'Registre.xlsx')] } });
    fireEvent.click(await screen.findByRole('button', CTA));
    expect(await screen.findByText('Review the conversion', {}, { timeout: 10_000 })).toBeTruthy();
    expect(read).toEqual(['Registre.xlsx', 'Registre.xlsx']);
    expect(screen.getByRole('tab', { name: 'Set up', selected: true })).toBeTruthy();
  });

  it('offers the conversion as the Heat maps and SoA empty state, and converts the active sheet in Excel', async () => {
    const excel = fakeExcelActions({ readActiveSheet: async () => REGISTER });
    render(
      <App deps={fakeDeps({ host: 'excel', excel, openFile: null, assess: noTablesAssessment })} />,
    );
    await screen.findByRole('button', CTA);
    fireEvent.click(screen.getByRole('tab', { name: 'Statement of Applicability' }));
    expect(screen.queryByText('No Statement of Applicability')).toBeNull();
    expect(screen.getByTestId('not-isms-callout')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Heat maps' }));
    expect(screen.queryByText('No heat map yet')).toBeNull();
    expect(screen.getByTestId('not-isms-callout')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', CTA));
    expect(await screen.findByText('Review the conversion', {}, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/Registre: 3 risks/)).toBeTruthy());
  });
});
