import { describe, expect, it } from 'vitest';
import { scoreReadiness } from '../../../shared/readiness';
import { parseWorkbook } from '../../../shared/workbook';
import { cycleSnapshot } from '../cycle/fixtures';

const rows = [
  { name: 'Internal audit', planned: '2026-05-10' },
  { name: 'Management review', planned: '2026-05-20', actual: '2026-05-19' },
  { name: 'Stage 1 audit', planned: '2026-05-25' },
  { name: 'Stage 2 audit', planned: '2026-07-01' },
];
const readiness = (asOf: string, milestones = rows) =>
  scoreReadiness([parseWorkbook(cycleSnapshot(milestones)).workbook], { asOf });

describe('scoreReadiness: the next audit', () => {
  it('names the next audit, its date, the days left and what is due before it', () => {
    const n = readiness('2026-05-01').nextAudit!;
    expect(n).toMatchObject({ milestone: 'Stage 1 audit', date: '2026-05-25', daysLeft: 24 });
    // The open milestone first, then the Stage 1 blockers of this workbook.
    expect(n.due[0]).toBe('Internal audit (planned 2026-05-10)');
    const blockers = readiness('2026-05-01').stages.stage1.blockers.map((b) => b.reason);
    expect(n.due.slice(1)).toEqual(blockers);
  });

  it('moves on to Stage 2 once Stage 1 is held, and is null without planned audits', () => {
    const held = rows.map((r) => (r.name === 'Stage 1 audit' ? { ...r, actual: '2026-05-25' } : r));
    expect(readiness('2026-06-01', held).nextAudit).toMatchObject({
      milestone: 'Stage 2 audit',
      daysLeft: 30,
    });
    expect(readiness('2026-06-01', []).nextAudit).toBeNull();
  });
});
