import { describe, expect, it } from 'vitest';
import { certFindings } from './cert-cycle-fixtures';

describe('CERT-STAGE-GAP', () => {
  it('reports Stage 2 less than 2 weeks after Stage 1 while Stage 2 is ahead', () => {
    const rows = [
      { name: 'Stage 1 audit', planned: '2026-05-25' },
      { name: 'Stage 2 audit', planned: '2026-06-01' },
    ];
    const fs = certFindings('CERT-STAGE-GAP', '2026-05-01', rows);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'observation', cell: 'B3' });
    expect(fs[0].message).toBe(
      'The Stage 2 audit (2026-06-01) is only 7 day(s) after the Stage 1 audit (2026-05-25); allow at least 2 weeks (typically 2–8) to address the Stage 1 findings (ISO/IEC 17021-1).',
    );
    // Once Stage 2 is behind us the schedule is history, not a plan to fix.
    expect(certFindings('CERT-STAGE-GAP', '2026-06-02', rows)).toEqual([]);
  });

  it('reports Stage 2 scheduled before Stage 1', () => {
    const rows = [
      { name: 'Stage 1', planned: '2026-06-10' },
      { name: 'Stage 2', planned: '2026-06-01' },
    ];
    const [f] = certFindings('CERT-STAGE-GAP', '2026-05-01', rows);
    expect(f.message).toMatch(/is scheduled before the Stage 1 audit/);
  });

  it('passes a gap of exactly 2 weeks', () => {
    const rows = [
      { name: 'Stage 1 audit', planned: '2026-05-25' },
      { name: 'Stage 2 audit', planned: '2026-06-08' },
    ];
    expect(certFindings('CERT-STAGE-GAP', '2026-05-01', rows)).toEqual([]);
  });
});
