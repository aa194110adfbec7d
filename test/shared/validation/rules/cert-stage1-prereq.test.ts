import { describe, expect, it } from 'vitest';
import { certFindings } from './cert-cycle-fixtures';

const stage1 = { name: 'Stage 1 audit', planned: '2026-05-25' };

describe('CERT-STAGE1-PREREQ', () => {
  it('reports an internal audit still open once Stage 1 is due, and passes it before then', () => {
    const rows = [
      { name: 'Internal audit', planned: '2026-05-10' },
      { name: 'Management review', planned: '2026-05-20', actual: '2026-05-19' },
      stage1,
    ];
    const fs = certFindings('CERT-STAGE1-PREREQ', '2026-05-25', rows);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'major', sheet: 'Certification', cell: 'C2' });
    expect(fs[0].message).toBe(
      'The Stage 1 audit is due on 2026-05-25 and the internal audit is not recorded as completed on 2026-05-25; Stage 1 evaluates whether internal audits and management reviews are being performed (ISO/IEC 27001:2022 9.2, 9.3; ISO/IEC 17021-1).',
    );
    expect(certFindings('CERT-STAGE1-PREREQ', '2026-05-24', rows)).toEqual([]);
  });

  it('reports a management review held on the day of Stage 1, or planned after it', () => {
    const late = [
      { name: 'Internal audit', actual: '2026-05-01' },
      { name: 'Management review', planned: '2026-05-20', actual: '2026-05-25' },
      stage1,
    ];
    const [f] = certFindings('CERT-STAGE1-PREREQ', '2026-06-01', late);
    expect(f.message).toMatch(/^The management review was completed on 2026-05-25, not before/);
    const planned = [
      { name: 'Internal audit', actual: '2026-05-01' },
      { name: 'Management review', planned: '2026-06-01' },
      stage1,
    ];
    const [g] = certFindings('CERT-STAGE1-PREREQ', '2026-04-01', planned);
    expect(g.message).toMatch(/^The management review is planned for 2026-06-01, not before/);
  });

  it('passes both completed before Stage 1, and a workbook without a Stage 1 date', () => {
    const done = [
      { name: 'Internal audit', actual: '2026-05-01' },
      { name: 'Revue de direction', status: 'Done' },
      stage1,
    ];
    expect(certFindings('CERT-STAGE1-PREREQ', '2026-06-30', done)).toEqual([]);
    expect(certFindings('CERT-STAGE1-PREREQ', '2026-06-30', [{ name: 'Internal audit' }])).toEqual(
      [],
    );
  });
});
