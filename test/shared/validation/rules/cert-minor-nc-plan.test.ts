import { describe, expect, it } from 'vitest';
import { cbFinding, certFindings } from './cert-cycle-fixtures';

describe('CERT-MINOR-NC-PLAN', () => {
  it('reports a certification-body minor NC with no corrective action 90 days after it was raised', () => {
    const fs = certFindings('CERT-MINOR-NC-PLAN', '2026-09-09', [], [cbFinding('F-1')]);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'major', sheet: 'Findings', cell: 'G2' });
    expect(fs[0].message).toBe(
      'Finding F-1: the Stage 2 minor nonconformity raised on 2026-06-10 has no corrective action recorded 91 days later (2026-09-09); certification bodies expect a corrective action plan within 90 days (ISO/IEC 27001:2022 10.2).',
    );
  });

  it('passes it up to day 90, once it has a plan or is closed, and for internal findings', () => {
    expect(certFindings('CERT-MINOR-NC-PLAN', '2026-09-08', [], [cbFinding('F-1')])).toEqual([]);
    const findings = [
      cbFinding('F-2', { 'Corrective Action': 'Monthly patch report to the CISO' }),
      cbFinding('F-3', { Closed: '2026-07-01' }),
      cbFinding('F-4', { Source: 'Internal audit' }),
      cbFinding('F-5', { Type: 'Observation' }),
    ];
    expect(certFindings('CERT-MINOR-NC-PLAN', '2027-01-01', [], findings)).toEqual([]);
  });
});
