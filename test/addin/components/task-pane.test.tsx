// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../addin/app';
import { HostError } from '../../../addin/host-error';
import { fakeDeps, fakeExcelActions, makeAssessment } from './fixtures';
import type { WorkbookSnapshot } from '../../../shared/grid/grid';
import { assess } from '../../../shared/assess';
import { cleanRisk, cleanSoa, snapshotFromTables } from '../../support/snapshot';

afterEach(cleanup);

const pick = (name = 'reg.xlsx') => {
  const input = screen.getByTestId('file-input') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['x'], name)] } });
};

describe('App in a plain browser', () => {
  it('asks for a workbook, then shows its findings', async () => {
    render(<App deps={fakeDeps()} />);
    expect(screen.getByText('Open your ISMS workbook')).toBeTruthy();
    pick();
    expect(await screen.findByText('4 findings')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Minor nonconformities/ })).toBeTruthy();
  });

  it('moves between the tabs', async () => {
    render(<App deps={fakeDeps()} />);
    pick();
    await screen.findByText('4 findings');
    fireEvent.click(screen.getByRole('tab', { name: 'Heat maps' }));
    expect(screen.getByTestId('cell-inherent-4-4').textContent).toBe('2');
    fireEvent.click(screen.getByRole('tab', { name: 'Statement of Applicability' }));
    expect(screen.getByText('Applicable: 90 of 93')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Readiness and reports' }));
    expect(await screen.findByRole('button', { name: 'Check readiness' })).toBeTruthy();
  });

  it('shows a clear message for an unreadable file and keeps working', async () => {
    const deps = fakeDeps({
      openFile: async () => {
        throw new HostError(
          'unreadable_file',
          'notes.docx: not an Excel workbook; it looks like a Word document',
        );
      },
    });
    render(<App deps={deps} />);
    pick('notes.docx');
    expect(await screen.findByText(/it looks like a Word document/)).toBeTruthy();
    expect(screen.getByText('Open your ISMS workbook')).toBeTruthy();
  });
});

describe('App with several workbooks', () => {
  // A business unit's register without an SoA, and the SoA (excluding A.7.4) in another file.
  const books: Record<string, WorkbookSnapshot> = {
    'unit-a.xlsx': snapshotFromTables('unit-a.xlsx', {
      tblRisks: [cleanRisk('R1', { 'Annex A Controls': 'A.7.4' })],
    }),
    'soa.xlsx': snapshotFromTables(
      'soa.xlsx',
      {
        tblSoA: cleanSoa().map((r) =>
          r['Control ID'] === 'A.7.4'
            ? { ...r, Applicable: 'No', Justification: 'n/a', 'Implementation Status': null }
            : r,
        ),
      },
      { methodology: null },
    ),
    'assets.xlsx': snapshotFromTables('assets.xlsx', { tblAssets: [] }, { methodology: null }),
  };
  const deps = () =>
    fakeDeps({
      openFile: async (f) => books[f.name],
      assess: (snap, asOf) => assess(snap, { asOf }),
    });

  it('opens several files at once and runs the cross-workbook checks on them', async () => {
    render(<App deps={deps()} />);
    fireEvent.change(screen.getByTestId('file-input'), {
      target: { files: [new File(['x'], 'unit-a.xlsx'), new File(['y'], 'soa.xlsx')] },
    });
    expect(await screen.findByText('Checking together: unit-a.xlsx, soa.xlsx')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'XWB-CONTROL-EXCLUDED × 1' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('add-input'), {
      target: { files: [new File(['z'], 'assets.xlsx')] },
    });
    expect(
      await screen.findByText('Checking together: unit-a.xlsx, soa.xlsx, assets.xlsx'),
    ).toBeTruthy();
  });
});

describe('App in Excel', () => {
  it('reads the open workbook at start and re-checks after edits', async () => {
    let onChange: () => void = () => {};
    let reads = 0;
    const excel = fakeExcelActions({
      readWorkbook: async () => {
        reads++;
        return { name: 'Book1.xlsx', sheets: [], tables: [] };
      },
      watch: async (fn) => {
        onChange = fn;
        return async () => {};
      },
    });
    render(
      <App
        deps={fakeDeps({ host: 'excel', excel, openFile: null, assess: () => makeAssessment([]) })}
      />,
    );
    expect(await screen.findByText('All checks pass')).toBeTruthy();
    expect(screen.queryByText('Open your ISMS workbook')).toBeNull();
    await waitFor(() => expect(reads).toBe(1));
    onChange();
    await waitFor(() => expect(reads).toBe(2));
  });

  it('stops watching when live re-checking is switched off', async () => {
    let stopped = 0;
    const excel = fakeExcelActions({
      watch: async () => async () => {
        stopped++;
      },
    });
    render(<App deps={fakeDeps({ host: 'excel', excel, openFile: null })} />);
    const toggle = await screen.findByRole('switch', { name: 'Re-check as I edit' });
    await waitFor(() => expect(screen.getByText('4 findings')).toBeTruthy());
    fireEvent.click(toggle);
    await waitFor(() => expect(stopped).toBe(1));
  });
});
