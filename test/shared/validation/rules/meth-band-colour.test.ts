import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODOLOGY } from '../../../../shared/risk/methodology';
import { canonicalSnapshot } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

const withColour = (color: string) =>
  canonicalSnapshot(
    'm.xlsx',
    {},
    {
      methodology: {
        ...DEFAULT_METHODOLOGY,
        bands: DEFAULT_METHODOLOGY.bands.map((b) => (b.name === 'Medium' ? { ...b, color } : b)),
      },
    },
  );

describe('METH-BAND-COLOUR', () => {
  it('reads CSS colour names and #RGB: "orange" is neither METH-INVALID nor a colour problem', () => {
    for (const c of ['orange', 'Dark Red', '#fa0', 'FFA500']) {
      expect(ruleFindings(withColour(c), 'METH-INVALID')).toEqual([]);
      expect(ruleFindings(withColour(c), 'METH-BAND-COLOUR')).toEqual([]);
    }
  });
  it('reports an unreadable colour as an observation, not as METH-INVALID', () => {
    const s = withColour('sort of amber');
    expect(ruleFindings(s, 'METH-INVALID')).toEqual([]);
    const fs = ruleFindings(s, 'METH-BAND-COLOUR');
    expect(fs).toMatchObject([{ severity: 'observation', sheet: 'Methodology' }]);
    expect(fs[0].message).toContain('"Medium" has colour "SORT OF AMBER"');
  });
});
