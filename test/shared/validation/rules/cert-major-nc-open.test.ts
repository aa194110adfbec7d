import { describe, expect, it } from 'vitest';
import { cbFinding, certFindings } from './cert-cycle-fixtures';

const cycle = [{ name: 'Certificate issued', planned: '2026-07-05' }];
const major = (over = {}) => cbFinding('F-9', { Type: 'Major NC', ...over });

describe('CERT-MAJOR-NC-OPEN', () => {
  it('reports a Stage 2 major NC still open when the certification decision comes', () => {
    const fs = certFindings('CERT-MAJOR-NC-OPEN', '2026-07-05', cycle, [major()]);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'major', sheet: 'Findings', cell: 'K2' });
    expect(fs[0].message).toBe(
      'Finding F-9: the Stage 2 major nonconformity is still open at the certification decision on 2026-07-05; no certificate is granted while a major nonconformity is open (ISO/IEC 27001:2022 10.2; ISO/IEC 17021-1).',
    );
    expect(certFindings('CERT-MAJOR-NC-OPEN', '2026-07-04', cycle, [major()])).toEqual([]);
  });

  it('reports one closed only after the decision, and passes one closed before it', () => {
    const [late] = certFindings('CERT-MAJOR-NC-OPEN', '2026-08-01', cycle, [
      major({ Closed: '2026-07-20' }),
    ]);
    expect(late.message).toMatch(
      /is closed only on 2026-07-20, after at the certification decision/,
    );
    expect(
      certFindings('CERT-MAJOR-NC-OPEN', '2026-08-01', cycle, [major({ Closed: '2026-07-01' })]),
    ).toEqual([]);
  });

  it('judges a surveillance major NC against the recertification, not the past issue', () => {
    const rows = [
      { name: 'Certificate issued', actual: '2026-07-05' },
      { name: 'Recertification audit', planned: '2029-04-05' },
    ];
    const f = [major({ Source: 'Surveillance', Raised: '2027-07-10' })];
    expect(certFindings('CERT-MAJOR-NC-OPEN', '2028-01-01', rows, f)).toEqual([]);
    expect(certFindings('CERT-MAJOR-NC-OPEN', '2029-04-05', rows, f)).toHaveLength(1);
  });
});
