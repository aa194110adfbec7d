// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SetupPanel } from '../../../addin/components/setup-panel';
import { fakeExcelActions } from './fixtures';

afterEach(cleanup);
const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('SetupPanel', () => {
  it('creates the sheets in Excel and reports what was skipped', async () => {
    let refreshed = 0;
    wrap(<SetupPanel excel={fakeExcelActions()} onDone={() => refreshed++} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create sheets' }));
    expect(await screen.findByText('Created Methodology, Risks')).toBeTruthy();
    expect(screen.getByText(/SoA: a sheet named “SoA” already exists/)).toBeTruthy();
    expect(refreshed).toBe(1);
  });

  it('explains how to get the template in a plain browser', () => {
    wrap(<SetupPanel excel={null} onDone={() => {}} />);
    expect(screen.getByText('npx isms template --out register.xlsx')).toBeTruthy();
  });
});
