import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('RR-ACCEPTANCE-MISSING', () => {
  it('reports a residual score above the threshold without acceptance', () => {
    const risk = cleanRisk('R1', { 'Residual Likelihood': 3, 'Residual Impact': 4 });
    const fs = ruleFindings(
      canonicalSnapshot('r.xlsx', { risks: [risk] }),
      'RR-ACCEPTANCE-MISSING',
    );
    expect(fs).toHaveLength(1);
    // One missing acceptance is a lapse (minor); see the escalation case below.
    expect(fs[0]).toMatchObject({ cell: 'V2', severity: 'minor' });
    expect(fs[0].message).toBe(
      'Risk R1: the residual score 12 (High) is above the acceptance threshold 9, but no risk owner acceptance is recorded (Accepted By and Acceptance Date) (ISO/IEC 27001:2022 6.1.3 f).',
    );
  });

  it('uses the inherent score when no residual is assessed, and wants the date too', () => {
    const risks = [
      cleanRisk('R1', { 'Residual Likelihood': null, 'Residual Impact': null }),
      cleanRisk('R2', { 'Residual Likelihood': 5, 'Residual Impact': 4, 'Accepted By': 'CEO' }),
    ];
    const fs = ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-ACCEPTANCE-MISSING');
    expect(fs.map((f) => f.cell)).toEqual(['V2', 'W3']);
    expect(fs[0].message).toMatch(/inherent \(no residual assessment\) score 12/);
  });

  it('passes a risk within the appetite, and an accepted one', () => {
    const risks = [
      cleanRisk('R1'),
      cleanRisk('R2', {
        'Residual Likelihood': 4,
        'Residual Impact': 4,
        'Accepted By': 'CEO',
        'Acceptance Date': 45000,
      }),
    ];
    expect(ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-ACCEPTANCE-MISSING')).toEqual(
      [],
    );
  });
});
