import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('RR-RESIDUAL-HIGHER', () => {
  it('reports a residual score above the inherent one', () => {
    const risk = cleanRisk('R1', {
      'Residual Likelihood': 4,
      'Residual Impact': 4,
      'Accepted By': 'CEO',
      'Acceptance Date': '2025-01-01',
    });
    const fs = ruleFindings(canonicalSnapshot('r.xlsx', { risks: [risk] }), 'RR-RESIDUAL-HIGHER');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: 'T2', severity: 'minor' });
    expect(fs[0].message).toMatch(/residual score 16 is higher than the inherent score 12/);
  });

  it('passes an equal or lower residual score', () => {
    const risks = [
      cleanRisk('R1'),
      cleanRisk('R2', { 'Residual Likelihood': 3, 'Residual Impact': 3 }),
    ];
    expect(ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-RESIDUAL-HIGHER')).toEqual([]);
  });
});
