import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanSoa } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('SOA-NO-JUSTIFICATION', () => {
  it('reports inclusions and exclusions without justification', () => {
    const soa = cleanSoa().map((r, i) =>
      i === 0
        ? { ...r, Justification: null }
        : i === 1
          ? { ...r, Applicable: 'No', Justification: ' ', 'Implementation Status': null }
          : r,
    );
    const fs = ruleFindings(canonicalSnapshot('s.xlsx', { soa }), 'SOA-NO-JUSTIFICATION');
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([
      ['E2', 'minor'],
      ['E3', 'minor'],
    ]);
    expect(fs[0].message).toBe(
      'Control A.5.1 Policies for information security is included without a justification (ISO/IEC 27001:2022 6.1.3 d).',
    );
    expect(fs[1].message).toMatch(/is excluded without a justification/);
  });

  it('passes justified decisions', () => {
    expect(ruleFindings(canonicalSnapshot('s.xlsx'), 'SOA-NO-JUSTIFICATION')).toEqual([]);
  });
});
