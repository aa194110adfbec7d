import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('RR-UNKNOWN-CONTROL', () => {
  it('reports a 2013 id with its 2022 successor', () => {
    const fs = ruleFindings(
      canonicalSnapshot('r.xlsx', { risks: [cleanRisk('R1', { 'Annex A Controls': 'A.9.2.3' })] }),
      'RR-UNKNOWN-CONTROL',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: 'N2', severity: 'minor' });
    expect(fs[0].message).toMatch(
      /"A\.9\.2\.3", the ISO\/IEC 27001:2013 control A\.9\.2\.3 Management of privileged access rights; its 2022 successor is A\.8\.2 Privileged access rights/,
    );
  });

  it('names both successors of a split 2013 control, and reports text that is no control', () => {
    const fs = ruleFindings(
      canonicalSnapshot('r.xlsx', {
        risks: [cleanRisk('R1', { 'Annex A Controls': 'A.18.2.3, Firewall, A.5.99' })],
      }),
      'RR-UNKNOWN-CONTROL',
    );
    expect(fs.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /successor is A\.5\.36 .* and A\.8\.8 Management of technical vulnerabilities/,
      ),
      expect.stringMatching(/"Firewall", which is not an Annex A control/),
      expect.stringMatching(/"A\.5\.99", which is not an Annex A control/),
    ]);
  });

  it('passes 2022 references in any common form', () => {
    const risk = cleanRisk('R1', { 'Annex A Controls': 'A.5.15, 5.16\nControl 8.8; Annex A 8.13' });
    expect(
      ruleFindings(canonicalSnapshot('r.xlsx', { risks: [risk] }), 'RR-UNKNOWN-CONTROL'),
    ).toEqual([]);
  });
});
