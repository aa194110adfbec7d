import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODOLOGY } from '../../../../shared/risk/methodology';
import { canonicalSnapshot } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('METH-INVALID', () => {
  it('reports bands that leave scores uncovered, on the Methodology sheet', () => {
    const bands = DEFAULT_METHODOLOGY.bands.filter((b) => b.name !== 'High');
    const s = canonicalSnapshot('m.xlsx', {}, { methodology: { ...DEFAULT_METHODOLOGY, bands } });
    const fs = ruleFindings(s, 'METH-INVALID');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'major', sheet: 'Methodology', cell: null });
    expect(fs[0].message).toMatch(/no rating band covers scores 10–15.*6\.1\.2 b/);
  });

  it('passes for the default methodology', () => {
    expect(ruleFindings(canonicalSnapshot('m.xlsx'), 'METH-INVALID')).toEqual([]);
  });
});
