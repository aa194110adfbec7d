import { describe, expect, it } from 'vitest';
import type { Methodology } from '../../../shared/model/types';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { validateMethodology } from '../../../shared/validation/rules/meth-invalid';

const where = { workbook: 'r.xlsx', sheet: 'Methodology' };
const messages = (m: Methodology) => validateMethodology(m, where).map((f) => f.message);
const D = DEFAULT_METHODOLOGY;

describe('validateMethodology', () => {
  it('accepts the default 5×5 method', () => {
    expect(validateMethodology(D, where)).toEqual([]);
  });

  it('reports METH-INVALID at table level on the methodology sheet', () => {
    const [f] = validateMethodology({ ...D, likelihood: D.likelihood.slice(0, 2) }, where);
    expect(f).toMatchObject({
      rule: 'METH-INVALID',
      severity: 'major',
      sheet: 'Methodology',
      cell: null,
      row: null,
    });
    expect(f.message).toContain('6.1.2 b');
  });

  it('rejects scales smaller than 3 or larger than 10 levels', () => {
    expect(messages({ ...D, likelihood: D.likelihood.slice(0, 2) }).join()).toMatch(
      /likelihood scale has 2 level/,
    );
    const eleven = Array.from({ length: 11 }, (_, i) => ({
      level: i + 1,
      label: `L${i + 1}`,
      description: '',
    }));
    expect(
      messages({
        ...D,
        impact: eleven,
        bands: [{ name: 'All', min: 1, max: 55, color: '#FFFFFF' }],
        acceptanceThreshold: 10,
      }).join(),
    ).toMatch(/impact scale has 11 level/);
  });

  it('rejects levels with gaps or repeats, and missing labels', () => {
    const gappy = [1, 2, 4, 5, 6].map((level) => ({ level, label: 'x', description: '' }));
    expect(messages({ ...D, likelihood: gappy }).join()).toMatch(
      /levels must be 1 to 5.*found 1, 2, 4, 5, 6/,
    );
    const repeated = [1, 2, 2, 3].map((level) => ({ level, label: 'x', description: '' }));
    expect(messages({ ...D, impact: repeated }).join()).toMatch(
      /impact scale levels must be 1 to 4/,
    );
    const unlabelled = D.likelihood.map((l) => (l.level === 3 ? { ...l, label: ' ' } : l));
    expect(messages({ ...D, likelihood: unlabelled })).toEqual([
      expect.stringMatching(/level 3 of the likelihood scale has no label/),
    ]);
  });

  it('reports a gap in the rating bands', () => {
    const bands = D.bands.map((b) => (b.name === 'Medium' ? { ...b, max: 7 } : b));
    expect(messages({ ...D, bands })).toEqual([
      expect.stringMatching(/no rating band covers scores 8–9/),
    ]);
  });

  it('reports overlapping bands and bands that stop short of the top score', () => {
    const bands = D.bands.map((b) =>
      b.name === 'High' ? { ...b, min: 9 } : b.name === 'Critical' ? { ...b, max: 20 } : b,
    );
    expect(messages({ ...D, bands })).toEqual([
      expect.stringMatching(/"Medium" and "High" both cover score 9/),
      expect.stringMatching(/no rating band covers scores 21–25/),
    ]);
  });

  it('leaves band colours to METH-BAND-COLOUR (cosmetic), and rejects no bands at all', () => {
    const bands = D.bands.map((b) => (b.name === 'Low' ? { ...b, color: 'greenish' } : b));
    expect(messages({ ...D, bands })).toEqual([]);
    expect(messages({ ...D, bands: [] })).toEqual([expect.stringMatching(/no rating bands/)]);
  });

  it('rejects an acceptance threshold outside the possible scores', () => {
    expect(messages({ ...D, acceptanceThreshold: 30 })).toEqual([
      expect.stringMatching(/threshold 30 is outside the possible scores 1–25/),
    ]);
    expect(messages({ ...D, acceptanceThreshold: 25 })).toEqual([]);
  });

  it('checks bands over the sum range 2–10 for the sum formula', () => {
    const bands = [
      { name: 'Low', min: 2, max: 4, color: '#00FF00' },
      { name: 'High', min: 5, max: 10, color: '#FF0000' },
    ];
    expect(messages({ ...D, formula: 'sum', bands, acceptanceThreshold: 6 })).toEqual([]);
    expect(
      messages({ ...D, formula: 'sum', bands: bands.slice(1), acceptanceThreshold: 6 }),
    ).toEqual([expect.stringMatching(/no rating band covers scores 2–4/)]);
  });

  it('requires an n×m numeric matrix for the matrix formula', () => {
    const good = D.likelihood.map((l) => D.impact.map((i) => l.level * i.level));
    expect(messages({ ...D, formula: 'matrix', matrix: good })).toEqual([]);
    expect(messages({ ...D, formula: 'matrix', matrix: null })).toEqual([
      expect.stringMatching(/no score matrix/),
    ]);
    expect(messages({ ...D, formula: 'matrix', matrix: good.slice(0, 4) })).toEqual([
      expect.stringMatching(/matrix is 4×5 but the scales are 5 likelihood × 5 impact/),
    ]);
    const holed = good.map((r, li) => r.map((v, ii) => (li === 1 && ii === 2 ? Number.NaN : v)));
    expect(messages({ ...D, formula: 'matrix', matrix: holed })).toEqual([
      expect.stringMatching(/no number for likelihood 2, impact 3/),
    ]);
  });
});
