import { describe, expect, it } from 'vitest';
import { cyclePlan } from '../../../shared/cycle/cycle-plan';
import { certificationRows } from '../../../shared/cycle/default-timeline';
import { cycleWorkbook, type MilestoneRow } from './fixtures';

const template = (start: string): MilestoneRow[] =>
  certificationRows(start).map((r) => ({ name: r.Milestone, planned: r['Planned Date'] }));

describe('cyclePlan', () => {
  it('keeps the planned dates while the certificate is not yet issued', () => {
    const plan = cyclePlan([cycleWorkbook(template('2026-01-05'))]);
    expect(plan.get('surveillance-1')).toMatchObject({ date: '2027-07-05', derived: false });
    expect(plan.get('stage-1')).toMatchObject({ date: '2026-05-25', done: false });
  });

  it('moves surveillance, expiry and recertification to follow the actual issue date', () => {
    const rows = template('2026-01-05').map((r) =>
      r.name === 'Certificate issued' ? { ...r, actual: '2026-08-20' } : r,
    );
    const plan = cyclePlan([cycleWorkbook(rows)]);
    expect(plan.get('certificate-issued')?.done).toBe(true);
    expect(plan.get('surveillance-1')).toMatchObject({ date: '2027-08-20', derived: true });
    expect(plan.get('surveillance-2')?.date).toBe('2028-08-20');
    expect(plan.get('recertification')?.date).toBe('2029-05-20');
    expect(plan.get('certificate-expiry')?.date).toBe('2029-08-20');
  });

  it('keeps a date the user set, and fills a blank one from the issue date', () => {
    const rows: MilestoneRow[] = [
      { name: 'Certificate issued', planned: '2026-07-05', actual: '2026-08-20' },
      { name: 'Surveillance audit 1', planned: '2027-06-15' },
      { name: 'Surveillance audit 2' },
    ];
    const plan = cyclePlan([cycleWorkbook(rows)]);
    expect(plan.get('surveillance-1')).toMatchObject({ date: '2027-06-15', derived: false });
    expect(plan.get('surveillance-2')).toMatchObject({ date: '2028-08-20', derived: true });
  });

  it('gives a second unnumbered surveillance audit the second slot', () => {
    const rows: MilestoneRow[] = [
      { name: 'Surveillance audit', planned: '2027-07-01' },
      { name: 'Surveillance audit', planned: '2028-07-01' },
    ];
    const plan = cyclePlan([cycleWorkbook(rows)]);
    expect(plan.get('surveillance-2')?.date).toBe('2028-07-01');
  });
});
