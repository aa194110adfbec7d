import { describe, expect, it } from 'vitest';
import { nextAudit } from '../../../shared/cycle/next-audit';
import { cycleWorkbook, type MilestoneRow } from './fixtures';

const rows: MilestoneRow[] = [
  { name: 'Gap analysis', planned: '2026-02-01', actual: '2026-02-01' },
  { name: 'Internal audit', planned: '2026-05-10' },
  { name: 'Management review', planned: '2026-05-20', status: 'Done' },
  { name: 'Stage 1 audit', planned: '2026-05-25' },
  { name: 'Stage 2 audit', planned: '2026-06-08' },
];

describe('nextAudit', () => {
  it('names the next audit, its date, the days left and the open milestones before it', () => {
    expect(nextAudit([cycleWorkbook(rows)], '2026-05-01')).toEqual({
      milestone: 'Stage 1 audit',
      kind: 'stage-1',
      date: '2026-05-25',
      daysLeft: 24,
      due: ['Internal audit (planned 2026-05-10)'],
    });
  });

  it('adds the blockers given, and counts days negative once the audit is overdue', () => {
    const r = nextAudit([cycleWorkbook(rows)], '2026-05-30', [
      { reason: 'A major nonconformity is still open' },
    ]);
    expect(r?.daysLeft).toBe(-5);
    expect(r?.due).toEqual([
      'Internal audit (planned 2026-05-10)',
      'A major nonconformity is still open',
    ]);
  });

  it('moves on once an audit is done, and is null when none is left or none is planned', () => {
    const held = rows.map((r) =>
      r.name.startsWith('Stage 1') ? { ...r, actual: '2026-05-26' } : r,
    );
    expect(nextAudit([cycleWorkbook(held)], '2026-05-27')?.milestone).toBe('Stage 2 audit');
    const all = held.map((r) => ({ ...r, actual: r.actual ?? '2026-06-09' }));
    expect(nextAudit([cycleWorkbook(all)], '2026-06-10')).toBeNull();
    expect(nextAudit([cycleWorkbook([])], '2026-06-10')).toBeNull();
  });
});
