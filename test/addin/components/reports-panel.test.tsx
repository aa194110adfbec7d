// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ReportsPanel } from '../../../addin/components/reports-panel';
import { HostError } from '../../../addin/host-error';
import { fakeApi, SNAPSHOT } from './fixtures';

afterEach(cleanup);
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('ReportsPanel', () => {
  it('shows progress while scoring, then the score and verdict', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const api = fakeApi();
    const slow = fakeApi({
      readiness: async (w, a) => {
        await gate;
        return api.readiness(w, a);
      },
    });
    wrap(<ReportsPanel api={slow} snapshot={SNAPSHOT} asOf="2025-06-30" />);
    fireEvent.click(screen.getByRole('button', { name: 'Check readiness' }));
    expect(await screen.findByText('Scoring readiness…')).toBeTruthy();
    release();
    expect(await screen.findByText('Ready for Stage 1')).toBeTruthy();
    expect(screen.getByTestId('readiness').textContent).toContain('72');
  });

  it('posts the snapshot and offers the gap report as a download named after the workbook and date', async () => {
    const posted: unknown[] = [];
    const api = fakeApi({
      report: async (kind, w, asOf, format) => {
        posted.push({ kind, w, asOf, format });
        return { blob: new Blob(['x']), fileName: `gap-report-${asOf}.${format}` };
      },
    });
    wrap(<ReportsPanel api={api} snapshot={SNAPSHOT} asOf="2025-06-30" />);
    fireEvent.click(screen.getByRole('button', { name: 'Download the gap report as XLSX' }));
    expect(await screen.findByText('Saved reg gap-report 2025-06-30.xlsx.')).toBeTruthy();
    expect(posted).toEqual([
      { kind: 'gap-report', w: [SNAPSHOT], asOf: '2025-06-30', format: 'xlsx' },
    ]);
  });

  it('offers every report of the catalogue in its formats: the review pack as slides', async () => {
    const posted: unknown[] = [];
    const api = fakeApi({
      report: async (kind, _w, asOf, format) => {
        posted.push(`${kind}.${format}`);
        return { blob: new Blob(['x']), fileName: `${kind}-${asOf}.${format}` };
      },
    });
    wrap(<ReportsPanel api={api} snapshot={SNAPSHOT} asOf="2025-06-30" />);
    for (const name of [
      'Download the management review pack as PPTX',
      'Download the risk treatment plan as XLSX',
      'Download the statement of applicability as HTML',
    ])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Download the management review pack as PPTX' }),
    );
    expect(await screen.findByText('Saved reg review-pack 2025-06-30.pptx.')).toBeTruthy();
    expect(posted).toEqual(['review-pack.pptx']);
  });

  it('shows the service’s problem when it fails', async () => {
    const api = fakeApi({
      readiness: async () => {
        throw new HostError(
          'network',
          'The checks service at /api cannot be reached. Is it running (npm start)?',
        );
      },
    });
    wrap(<ReportsPanel api={api} snapshot={SNAPSHOT} asOf="2025-06-30" />);
    fireEvent.click(screen.getByRole('button', { name: 'Check readiness' }));
    expect(await screen.findByText(/cannot be reached/)).toBeTruthy();
  });
});
