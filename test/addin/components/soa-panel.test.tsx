// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SoaPanel } from '../../../addin/components/soa-panel';
import { makeAssessment, makeControls } from './fixtures';

afterEach(cleanup);
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('SoaPanel', () => {
  it('shows applicable, implemented and evidence progress overall and by theme', () => {
    wrap(<SoaPanel assessment={makeAssessment()} controls={makeControls()} />);
    expect(screen.getByText('Applicable: 90 of 93')).toBeTruthy();
    expect(screen.getByText('Implemented: 68 of 90')).toBeTruthy();
    expect(screen.getByText('Evidence present: 61 of 68')).toBeTruthy();
    expect(screen.getByText('Implemented: 20 of 33')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Technological' })).toBeTruthy();
  });

  it('lists controls that risks rely on but the SoA excludes', () => {
    wrap(<SoaPanel assessment={makeAssessment()} controls={makeControls()} />);
    const box = screen.getByRole('region', { name: 'Controls referenced by risks but excluded' });
    expect(box.textContent).toContain('A.7.4 — R1');
  });

  it('explains an absent SoA', () => {
    wrap(<SoaPanel assessment={{ ...makeAssessment(), soaProgress: null }} controls={null} />);
    expect(screen.getByText('No Statement of Applicability')).toBeTruthy();
  });
});
