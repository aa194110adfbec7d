import { describe, expect, it } from 'vitest';
import { isoDateToSerial } from '../../../../shared/grid/cell';
import { snapshotFromTables } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

const d = (iso: string) => isoDateToSerial(iso);
const row = (meeting: string, over: Record<string, string | number | null> = {}) => ({
  'Meeting Date': d(meeting),
  Attendees: 'CEO, CISO',
  'Input Covered': '9.3.2 a) actions from previous reviews',
  'Decision or Action': 'Run a phishing exercise',
  Owner: 'CISO',
  Due: d('2025-05-31'),
  Status: 'In progress',
  ...over,
});

describe('MR-ACTION-OVERDUE', () => {
  it('reports an open review action due before the as-of date, at its Due cell', () => {
    const s = snapshotFromTables('r.xlsx', {
      tblReviews: [
        row('2025-03-01'),
        row('2025-03-01', { Status: 'Done' }),
        row('2025-03-01', { Due: d('2025-09-01') }),
      ],
    });
    const fs = ruleFindings(s, 'MR-ACTION-OVERDUE', '2025-06-30');
    expect(fs.map((f) => f.cell)).toEqual(['F2']);
    expect(fs[0]).toMatchObject({ severity: 'observation', row: 2 });
    expect(fs[0].message).toBe(
      'Management review action "Run a phishing exercise" (review of 2025-03-01) was due on 2025-05-31 and is still "In progress" on 2025-06-30; the next review must consider the status of actions from previous reviews (ISO/IEC 27001:2022 9.3.2 a), 9.3.3).',
    );
  });

  it('takes the date as an argument: not overdue on the due date itself', () => {
    const s = snapshotFromTables('r.xlsx', { tblReviews: [row('2025-03-01')] });
    expect(ruleFindings(s, 'MR-ACTION-OVERDUE', '2025-05-31')).toEqual([]);
  });
});

describe('MR-NO-REVIEW', () => {
  it('reports a review table whose last meeting is more than 12 months old', () => {
    const s = snapshotFromTables('r.xlsx', { tblReviews: [row('2024-03-01', { Status: 'Done' })] });
    const fs = ruleFindings(s, 'MR-NO-REVIEW', '2025-06-30');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'major', cell: null });
    expect(fs[0].message).toContain('held on 2024-03-01, more than 12 months before 2025-06-30');
  });

  it('passes a meeting within the year, and workbooks without the table', () => {
    const s = snapshotFromTables('r.xlsx', { tblReviews: [row('2024-07-01', { Status: 'Done' })] });
    expect(ruleFindings(s, 'MR-NO-REVIEW', '2025-06-30')).toEqual([]);
    expect(ruleFindings(snapshotFromTables('e.xlsx', {}), 'MR-NO-REVIEW')).toEqual([]);
  });

  it('ignores meetings after the as-of date', () => {
    const s = snapshotFromTables('r.xlsx', { tblReviews: [row('2026-01-01', { Status: 'Done' })] });
    expect(ruleFindings(s, 'MR-NO-REVIEW', '2025-06-30')[0].message).toContain(
      'No management review meeting is recorded',
    );
  });

  it('leaves a review table with no dated meeting at all to ISMS-NO-MANAGEMENT-REVIEW (one blocker)', () => {
    const s = snapshotFromTables('r.xlsx', { tblReviews: [{ Attendees: 'CEO' }] });
    expect(ruleFindings(s, 'MR-NO-REVIEW', '2025-06-30')).toEqual([]);
    expect(ruleFindings(s, 'ISMS-NO-MANAGEMENT-REVIEW', '2025-06-30')).toHaveLength(1);
  });
});
