import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('RR-SCALE', () => {
  it('reports text, 0 and out-of-scale values, residual ones too', () => {
    const risks = [
      cleanRisk('R1', { Likelihood: 'high' }),
      cleanRisk('R2', { Impact: 0 }),
      cleanRisk('R3', { Likelihood: 7 }),
      cleanRisk('R4', { 'Residual Impact': 2.5 }),
    ];
    const fs = ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-SCALE');
    expect(fs.map((f) => f.cell)).toEqual(['G2', 'H3', 'G4', 'S5']);
    expect(fs[0].message).toBe(
      'Risk R1: likelihood "high" is not a level of the methodology\'s scale (1–5), so the risk cannot be analysed consistently (ISO/IEC 27001:2022 6.1.2 b) and d).',
    );
    expect(fs[3].message).toMatch(/residual impact "2.5"/);
  });

  it('passes levels of the scale, numeric text included, and blanks (RR-REQUIRED reports those)', () => {
    const risks = [
      cleanRisk('R1', { Likelihood: '4', Impact: 5 }),
      cleanRisk('R2', { 'Residual Likelihood': null, 'Residual Impact': null }),
    ];
    expect(ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-SCALE')).toEqual([]);
  });
});
