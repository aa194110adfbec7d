import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanSoa } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('SOA-NO-EVIDENCE', () => {
  it('reports an implemented control without evidence, as an observation', () => {
    const soa = cleanSoa().map((r, i) => (i === 2 ? { ...r, Evidence: null } : r));
    const fs = ruleFindings(canonicalSnapshot('s.xlsx', { soa }), 'SOA-NO-EVIDENCE');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: 'H4', severity: 'observation' });
    expect(fs[0].message).toMatch(
      /Control A\.5\.3 Segregation of duties is marked implemented but no evidence is referenced/,
    );
  });

  it('passes planned controls without evidence', () => {
    const soa = cleanSoa().map((r, i) =>
      i === 2 ? { ...r, Evidence: null, 'Implementation Status': 'Planned' } : r,
    );
    expect(ruleFindings(canonicalSnapshot('s.xlsx', { soa }), 'SOA-NO-EVIDENCE')).toEqual([]);
  });
});
