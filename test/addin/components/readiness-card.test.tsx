// @vitest-environment happy-dom
/**
 * The readiness card explains the score as `isms readiness` does: every deduction itemised with
 * its clause and cells (buttons in Excel), blockers first, the verdict per stage when the result
 * has stages, and open major nonconformities never hidden behind "no blockers".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ReadinessCard } from '../../../addin/components/readiness-card';
import type { ReadinessView } from '../../../addin/api/readiness-view';
import { scoreReadiness } from '../../../shared/readiness/score-readiness';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';

afterEach(cleanup);
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

function scored(): ReadinessView {
  const snap = canonicalSnapshot('reg.xlsx', {
    risks: [cleanRisk('R1', { 'Risk Owner': null }), cleanRisk('R2', { Likelihood: 'high' })],
    clauses: [],
  });
  return scoreReadiness([parseWorkbook(snap).workbook], { asOf: '2025-06-30' });
}

describe('ReadinessCard', () => {
  it('itemises every deduction with its clause, and the points add up to 100 − overall', () => {
    const r = scored();
    expect(r.deductions.length).toBeGreaterThan(0);
    wrap(<ReadinessCard r={r} />);
    const list = screen.getByTestId('deductions');
    expect(list.textContent).toContain(
      `${r.deductions.length} deductions, ${100 - r.overall} points`,
    );
    for (const d of r.deductions) {
      const line = `−${d.points} ${d.ref ? `[${d.ref}] ` : ''}${d.reason}`;
      expect(within(list).getAllByText(line).length).toBeGreaterThan(0);
    }
    expect(r.deductions.reduce((s, d) => s + d.points, 0)).toBe(100 - r.overall);
  });

  it('lists blockers first with their clause, and selects their cells in Excel', () => {
    const r = scored();
    const withCells: ReadinessView = {
      ...r,
      blockers: [
        {
          id: 'open-major-nc',
          reason: 'A major nonconformity is open',
          ref: 'Clause 10.2',
          locations: [{ workbook: 'reg.xlsx', sheet: 'Findings', cell: 'B2', row: 2 }],
        },
      ],
    };
    const picked: string[] = [];
    wrap(<ReadinessCard r={withCells} select={(l) => picked.push(`${l.sheet}!${l.cell}`)} />);
    const blockers = screen.getByRole('list', { name: 'Blockers' });
    expect(blockers.textContent).toContain('A major nonconformity is open (Clause 10.2)');
    fireEvent.click(within(blockers).getByRole('button', { name: 'Select Findings!B2' }));
    expect(picked).toEqual(['Findings!B2']);
  });

  it('shows the verdict per stage when the result has stages', () => {
    const r: ReadinessView = {
      ...scored(),
      stages: {
        stage1: { stage: 'stage1', ready: true, label: 'Ready', blockers: [], reasons: [] },
        stage2: {
          stage: 'stage2',
          ready: false,
          label: 'Not ready',
          blockers: [],
          reasons: ['Risk treatment below 60'],
        },
      },
    };
    wrap(<ReadinessCard r={r} />);
    expect(screen.getByTestId('readiness-stage1').textContent).toContain('Stage 1: Ready');
    expect(screen.getByTestId('readiness-stage2').textContent).toContain('Risk treatment below 60');
  });

  it('never reads as "no blockers" while major nonconformities are open', () => {
    const r = { ...scored(), blockers: [] };
    wrap(<ReadinessCard r={r} majors={2} />);
    expect(screen.getByTestId('readiness-majors').textContent).toContain(
      '2 major nonconformities are open',
    );
  });

  it('names the next audit, the days left and what is due before it', () => {
    const due = ['Internal audit (planned 2026-05-10)', 'No management review meeting is recorded'];
    const r = {
      ...scored(),
      nextAudit: { milestone: 'Stage 1 audit', date: '2026-05-25', daysLeft: 24, due },
    };
    wrap(<ReadinessCard r={r} />);
    const text = screen.getByTestId('readiness-next-audit').textContent;
    expect(text).toContain('Next audit: Stage 1 audit on 2026-05-25 (24 days left)');
    for (const d of due) expect(text).toContain(d);
  });
});
