// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { DiffPanel } from '../../../addin/components/diff-panel';
import { HostError } from '../../../addin/host-error';
import type { WorkbookSnapshot } from '../../../shared/grid/grid';
import { diffWorkbooks } from '../../../shared/diff/diff-workbooks';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';
import { fakeApi } from './fixtures';

afterEach(cleanup);
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const OLD = canonicalSnapshot('isms-2024.xlsx', { risks: [cleanRisk('R-1'), cleanRisk('R-2')] });
const NOW = canonicalSnapshot('isms-2025.xlsx', {
  risks: [cleanRisk('R-1', { 'Residual Likelihood': 1 }), cleanRisk('R-3')],
});

/** An API whose diff runs the real core on what the pane sends. */
function api(posted: unknown[] = []) {
  return fakeApi({
    diff: async (previous, current, asOf) => {
      posted.push({
        previous: previous.map((s) => s.name),
        current: current.map((s) => s.name),
        asOf,
      });
      const wb = (s: WorkbookSnapshot) => parseWorkbook(s).workbook;
      return diffWorkbooks(previous.map(wb), current.map(wb), { asOf });
    },
  });
}

const pick = (names: string[]) =>
  fireEvent.change(screen.getByTestId('previous-input'), {
    target: { files: names.map((n) => new File(['x'], n)) },
  });

describe('DiffPanel', () => {
  it('reads the previous version, posts both cycles and shows the changes grouped by area', async () => {
    const posted: unknown[] = [];
    const read: string[] = [];
    const openFile = async (f: File) => {
      read.push(f.name);
      return OLD;
    };
    wrap(<DiffPanel api={api(posted)} current={[NOW]} asOf="2025-06-30" openFile={openFile} />);
    pick(['isms-2024.xlsx']);
    const result = await screen.findByTestId('diff-result');
    expect(read).toEqual(['isms-2024.xlsx']);
    expect(posted).toEqual([
      { previous: ['isms-2024.xlsx'], current: ['isms-2025.xlsx'], asOf: '2025-06-30' },
    ]);
    expect(within(result).getByText(/change\(s\) since isms-2024\.xlsx/)).toBeTruthy();
    const risks = within(result).getByText('Risks (6.1.2, 6.1.3, 8.2, 8.3)').closest('details')!;
    const lines = [...risks.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'AddedRisk R-3',
      'ChangedRisk R-1residual score: 6 (Medium) → 3 (Low)',
      'RemovedRisk R-2',
    ]);
  });

  it('says so when nothing changed', async () => {
    wrap(<DiffPanel api={api()} current={[OLD]} asOf="2025-06-30" openFile={async () => OLD} />);
    pick(['same.xlsx']);
    expect(await screen.findByText('No differences since isms-2024.xlsx')).toBeTruthy();
    expect(screen.getByTestId('diff-result').querySelectorAll('details')).toHaveLength(0);
  });

  it('shows why a file could not be read, and offers nothing to compare without a workbook', async () => {
    const openFile = async () => {
      throw new HostError(
        'unreadable_file',
        'old.docx: this is a Word document, not an Excel workbook',
      );
    };
    wrap(<DiffPanel api={api()} current={[NOW]} asOf="2025-06-30" openFile={openFile} />);
    pick(['old.docx']);
    expect(await screen.findByText(/a Word document, not an Excel workbook/)).toBeTruthy();
    cleanup();
    wrap(<DiffPanel api={api()} current={[]} asOf="2025-06-30" openFile={openFile} />);
    expect(
      (screen.getByRole('button', { name: 'Open previous version…' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });
});
