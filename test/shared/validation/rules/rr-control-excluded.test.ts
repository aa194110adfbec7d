import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk, cleanSoa } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

const soaExcluding = (id: string) =>
  cleanSoa().map((r) =>
    r['Control ID'] === id
      ? { ...r, Applicable: 'No', 'Implementation Status': null, Justification: 'No such systems' }
      : r,
  );

describe('RR-CONTROL-EXCLUDED', () => {
  it('reports a risk treated with a control the SoA marks not applicable', () => {
    const s = canonicalSnapshot('r.xlsx', {
      risks: [cleanRisk('R1', { 'Annex A Controls': 'A.8.8, 8.8' })],
      soa: soaExcluding('A.8.8'),
    });
    const fs = ruleFindings(s, 'RR-CONTROL-EXCLUDED');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: 'N2', severity: 'major' });
    expect(fs[0].message).toMatch(
      /control A\.8\.8 Management of technical vulnerabilities, which the Statement of Applicability \(row 68\) marks not applicable/,
    );
  });

  it('passes when the control is applicable', () => {
    const s = canonicalSnapshot('r.xlsx', { risks: [cleanRisk('R1')], soa: soaExcluding('A.5.7') });
    expect(ruleFindings(s, 'RR-CONTROL-EXCLUDED')).toEqual([]);
  });
});
