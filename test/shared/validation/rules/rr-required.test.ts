import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('RR-REQUIRED', () => {
  it('reports each missing required field at its cell, citing the clause', () => {
    const risk = cleanRisk('R1', { 'Risk Owner': null, Likelihood: null, Treatment: '  ' });
    const fs = ruleFindings(canonicalSnapshot('r.xlsx', { risks: [risk] }), 'RR-REQUIRED');
    expect(fs.map((f) => f.cell)).toEqual(['F2', 'G2', 'L2']);
    expect(fs[0]).toMatchObject({ severity: 'minor', sheet: 'Risks', row: 2 });
    expect(fs[0].message).toBe(
      'Risk R1 has no risk owner; ISO/IEC 27001:2022 6.1.2 c) 2) requires it for every risk.',
    );
  });

  it('names the row when the risk has no id, and needs threat or description', () => {
    const risk = cleanRisk('R1', { 'Risk ID': null, Threat: null, Description: null });
    const fs = ruleFindings(canonicalSnapshot('r.xlsx', { risks: [risk] }), 'RR-REQUIRED');
    expect(fs.map((f) => f.cell)).toEqual(['A2', 'C2']);
    expect(fs[0].message).toMatch(/^The risk in row 2 has no risk ID/);
  });

  it('passes a complete risk, and one with only a description', () => {
    const risks = [cleanRisk('R1'), cleanRisk('R2', { Threat: null })];
    expect(ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-REQUIRED')).toEqual([]);
  });
});
