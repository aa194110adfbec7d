import { describe, expect, it } from 'vitest';
import { certFindings } from './cert-cycle-fixtures';

describe('CERT-AUDIT-OVERDUE', () => {
  it('reports a surveillance audit past its date (counted from the issue date) and not held', () => {
    const rows = [
      { name: 'Certificate issued', planned: '2026-07-05', actual: '2026-08-20' },
      { name: 'Surveillance audit 1', planned: '2027-07-05' },
    ];
    const fs = certFindings('CERT-AUDIT-OVERDUE', '2027-09-01', rows);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'major', cell: 'B3' });
    expect(fs[0].message).toBe(
      'The first surveillance audit was due on 2027-08-20 (counted from the certificate issue date) and is not recorded as held on 2027-09-01; without it the certificate can be suspended (ISO/IEC 17021-1; ISO/IEC 27001:2022 9.2).',
    );
    expect(certFindings('CERT-AUDIT-OVERDUE', '2027-08-20', rows)).toEqual([]);
  });

  it('reports an expired certificate without recertification', () => {
    const rows = [
      { name: 'Recertification audit', planned: '2029-04-05' },
      { name: 'Certificate expiry', planned: '2029-07-05' },
    ];
    const fs = certFindings('CERT-AUDIT-OVERDUE', '2029-07-06', rows);
    expect(fs.map((f) => f.message.split(' and ')[0])).toEqual([
      'The recertification audit was due on 2029-04-05',
      'The certificate expired on 2029-07-05',
    ]);
  });

  it('passes audits held, or still ahead on the as-of date', () => {
    const rows = [
      { name: 'Surveillance audit 1', planned: '2027-07-05', actual: '2027-07-06' },
      { name: 'Surveillance audit 2', planned: '2028-07-05' },
    ];
    expect(certFindings('CERT-AUDIT-OVERDUE', '2028-07-05', rows)).toEqual([]);
  });
});
