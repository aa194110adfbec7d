// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SetupPanel } from '../../../addin/components/setup-panel';
import { HostError } from '../../../addin/host-error';
import { fakeApi, fakeExcelActions } from './fixtures';
import { REGISTER } from './register-snapshot';

afterEach(cleanup);
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('SetupPanel', () => {
  it('creates the sheets in Excel and reports what was skipped', async () => {
    let refreshed = 0;
    wrap(
      <SetupPanel
        excel={fakeExcelActions()}
        api={fakeApi()}
        openFile={null}
        onDone={() => refreshed++}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create sheets' }));
    expect(await screen.findByText('Created Methodology, Risks')).toBeTruthy();
    expect(screen.getByText(/SoA: a sheet named “SoA” already exists/)).toBeTruthy();
    expect(refreshed).toBe(1);
  });

  it('converts the active sheet in Excel after the review and says what it added', async () => {
    const excel = fakeExcelActions({ readActiveSheet: async () => REGISTER });
    let refreshed = 0;
    wrap(<SetupPanel excel={excel} api={fakeApi()} openFile={null} onDone={() => refreshed++} />);
    fireEvent.click(screen.getByRole('button', { name: 'Convert the active sheet' }));
    expect(await screen.findByText('Review the conversion', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/Registre: 3 risks/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add 3 rows to the workbook' }));
    expect(await screen.findByText('Rows added to the ISMS tables')).toBeTruthy();
    expect(excel.calls).toContain('writeImport tblRisks:3');
    expect(screen.getByText('tblRisks (Risks): 3 rows added')).toBeTruthy();
    expect(refreshed).toBe(1);
  });

  it('shows why the active sheet could not be read', async () => {
    const excel = fakeExcelActions({
      readActiveSheet: async () => {
        throw new HostError(
          'busy_editing',
          'Excel is busy: finish editing the cell (press Enter or Esc), then try again.',
        );
      },
    });
    wrap(<SetupPanel excel={excel} api={fakeApi()} openFile={null} onDone={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Convert the active sheet' }));
    expect(await screen.findByText(/Excel is busy/)).toBeTruthy();
  });

  it('refuses a sheet over the import limit before the review, as the CLI and the API do', async () => {
    const rows = [
      ['Risk ID', 'Threat'],
      ...Array.from({ length: 150_001 }, (_, i) => [`R-${i}`, 'x']),
    ];
    const excel = fakeExcelActions({
      readActiveSheet: async () => ({
        name: 'Big.xlsx',
        sheets: [{ name: 'Register', origin: { row: 1, col: 1 }, rows }],
        tables: [],
      }),
    });
    wrap(<SetupPanel excel={excel} api={fakeApi()} openFile={null} onDone={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Convert the active sheet' }));
    expect(
      await screen.findByText(
        /import limit of 150,000 rows holding a value/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(screen.queryByText('Review the conversion')).toBeNull();
  });

  it('offers the canonical template as a download in a plain browser, with the chosen score method', async () => {
    const asked: string[] = [];
    const api = fakeApi({
      template: async (m) => {
        asked.push(m);
        return { blob: new Blob(['x']), fileName: `isms-register-${m}.xlsx` };
      },
    });
    wrap(<SetupPanel excel={null} api={api} openFile={async () => REGISTER} onDone={() => {}} />);
    fireEvent.change(screen.getByLabelText('Risk score'), { target: { value: 'matrix' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download template' }));
    expect(await screen.findByText(/Saved isms-register-matrix.xlsx/)).toBeTruthy();
    expect(asked).toEqual(['matrix']);
    expect(screen.getByText('npx isms template --method matrix --out register.xlsx')).toBeTruthy();
  });
});
