import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanSoa } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('SOA-NO-STATUS', () => {
  it('reports an applicable control with a blank or unknown status', () => {
    const soa = cleanSoa().map((r, i) =>
      i === 0
        ? { ...r, 'Implementation Status': null }
        : i === 1
          ? { ...r, 'Implementation Status': 'Sort of' }
          : r,
    );
    const fs = ruleFindings(canonicalSnapshot('s.xlsx', { soa }), 'SOA-NO-STATUS');
    expect(fs.map((f) => f.cell)).toEqual(['F2', 'F3']);
    expect(fs[0].message).toMatch(/its implementation status is blank/);
    expect(fs[1].message).toMatch(
      /implementation status "Sort of" is not one of Implemented, Partially implemented, Planned or Not implemented/,
    );
  });

  it('passes excluded controls without status, and the usual status spellings', () => {
    const soa = cleanSoa().map((r, i) =>
      i === 0
        ? { ...r, Applicable: 'No', 'Implementation Status': null }
        : i === 1
          ? { ...r, 'Implementation Status': 'partial' }
          : r,
    );
    expect(ruleFindings(canonicalSnapshot('s.xlsx', { soa }), 'SOA-NO-STATUS')).toEqual([]);
  });
});
