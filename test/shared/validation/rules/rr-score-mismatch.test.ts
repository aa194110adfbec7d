import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODOLOGY } from '../../../../shared/risk/methodology';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('RR-SCORE-MISMATCH', () => {
  it('reports a score typed over the formula and a stale rating', () => {
    const risks = [
      cleanRisk('R1', { 'Inherent Score': 10 }),
      cleanRisk('R2', { 'Residual Rating': 'Low' }),
    ];
    const fs = ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-SCORE-MISMATCH');
    expect(fs.map((f) => f.cell)).toEqual(['I2', 'U3']);
    expect(fs[0].message).toMatch(
      /stored inherent score 10 differs from 12 computed by the methodology \(likelihood 3 × impact 4\)/,
    );
    expect(fs[1].message).toMatch(/stored residual rating "Low" differs from "Medium"/);
  });

  it('computes under the sum formula', () => {
    const m = {
      ...DEFAULT_METHODOLOGY,
      formula: 'sum' as const,
      bands: [{ name: 'All', min: 2, max: 10, color: '#FFFFFF' }],
      acceptanceThreshold: 10,
    };
    const s = canonicalSnapshot(
      'r.xlsx',
      { risks: [cleanRisk('R1', { 'Inherent Score': 12, 'Inherent Rating': 'All' })] },
      { methodology: m },
    );
    expect(ruleFindings(s, 'RR-SCORE-MISMATCH')[0].message).toMatch(
      /differs from 7 computed by the methodology \(likelihood 3 \+ impact 4\)/,
    );
  });

  it('passes matching values, case-insensitive ratings, blanks and invalid inputs', () => {
    const risks = [
      cleanRisk('R1'),
      cleanRisk('R2', { 'Inherent Rating': 'HIGH' }),
      cleanRisk('R3', { 'Inherent Score': null }),
      cleanRisk('R4', { Likelihood: 'high', 'Inherent Score': 99 }),
    ];
    expect(ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-SCORE-MISMATCH')).toEqual([]);
  });
});
