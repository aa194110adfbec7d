import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('RR-NO-CONTROLS', () => {
  it('reports a modified risk without Annex A controls (blank, n/a or TBD)', () => {
    const risks = [
      cleanRisk('R1', { 'Annex A Controls': null }),
      cleanRisk('R2', { Treatment: 'Mitigate', 'Annex A Controls': 'TBD' }),
    ];
    const fs = ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-NO-CONTROLS');
    expect(fs.map((f) => f.cell)).toEqual(['N2', 'N3']);
    expect(fs[0].message).toMatch(/lists no Annex A control.*6\.1\.3 b\) and c\)/);
  });

  it('passes a modified risk with controls, and a retained risk without', () => {
    const risks = [
      cleanRisk('R1'),
      cleanRisk('R2', { Treatment: 'Accept', 'Annex A Controls': null }),
    ];
    expect(ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-NO-CONTROLS')).toEqual([]);
  });
});
