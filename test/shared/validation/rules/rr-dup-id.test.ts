import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('RR-DUP-ID', () => {
  it('reports the second risk with the same id, naming the first row', () => {
    const s = canonicalSnapshot('r.xlsx', {
      risks: [cleanRisk('R1'), cleanRisk('R2'), cleanRisk('r1 ')],
    });
    const fs = ruleFindings(s, 'RR-DUP-ID');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: 'A4', row: 4, severity: 'minor' });
    expect(fs[0].message).toMatch(/already used in row 2.*7\.5\.2 a/);
  });

  it('passes unique ids', () => {
    expect(
      ruleFindings(
        canonicalSnapshot('r.xlsx', { risks: [cleanRisk('R1'), cleanRisk('R2')] }),
        'RR-DUP-ID',
      ),
    ).toEqual([]);
  });
});
