import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('RR-TREATMENT-INVALID', () => {
  it('reports a treatment that is no ISO/IEC 27005 option', () => {
    const fs = ruleFindings(
      canonicalSnapshot('r.xlsx', { risks: [cleanRisk('R1', { Treatment: 'Fix' })] }),
      'RR-TREATMENT-INVALID',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: 'L2', severity: 'minor' });
    expect(fs[0].message).toMatch(/treatment "Fix" is not an ISO\/IEC 27005 option.*6\.1\.3 a/);
  });

  it('passes options and synonyms', () => {
    const risks = ['Modify', 'mitigate', 'Accept', 'Transférer', 'avoid'].map((t, i) =>
      cleanRisk(`R${i}`, { Treatment: t, 'Annex A Controls': 'A.8.8' }),
    );
    expect(ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-TREATMENT-INVALID')).toEqual(
      [],
    );
  });
});
