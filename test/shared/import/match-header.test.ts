import { describe, expect, it } from 'vitest';
import { mapColumns, scoreField } from '../../../shared/import/match-header';
import { FIELD_SPECS } from '../../../shared/import/synonyms';

const spec = (kind: keyof typeof FIELD_SPECS, key: string) =>
  FIELD_SPECS[kind].find((f) => f.key === key)!;
const labels = (...headers: string[]) =>
  headers.map((header, i) => ({ column: String.fromCharCode(65 + i), header }));

describe('scoreField', () => {
  it.each([
    'Likelihood',
    'Probability',
    'Wahrscheinlichkeit',
    'Probabilité',
    'Probabilidade',
    'Probabilidad',
    'Πιθανότητα',
    'Eintrittswahrscheinlichkeit (1-5)',
  ])('reads "%s" as likelihood', (h) => {
    expect(scoreField(h, spec('risks', 'likelihood'))).toBeGreaterThanOrEqual(0.9);
  });

  it('gives an exact synonym confidence 1 and a longer label less', () => {
    expect(scoreField('Impact', spec('risks', 'impact'))).toBe(1);
    const partial = scoreField('Impact level of the worst case', spec('risks', 'impact'));
    expect(partial).toBeGreaterThan(0.5);
    expect(partial).toBeLessThan(1);
  });

  it('keeps residual columns away from the inherent fields', () => {
    expect(scoreField('Residual Likelihood', spec('risks', 'likelihood'))).toBe(0);
    expect(scoreField('Residual Likelihood', spec('risks', 'residualLikelihood'))).toBe(1);
    expect(
      scoreField('Restwahrscheinlichkeit', spec('risks', 'residualLikelihood')),
    ).toBeGreaterThan(0.9);
    expect(
      scoreField('ΠΙΘΑΝΟΤΗΤΑ ΜΕΤΑ ΤΗ ΛΗΨΗ ΜΕΤΡΩΝ', spec('risks', 'residualLikelihood')),
    ).toBeGreaterThan(0.5);
  });

  it('matches single letters only as a whole child label (C / I / A)', () => {
    expect(scoreField('Besoin de sécurité / C', spec('assets', 'confidentiality'))).toBe(0.9);
    expect(scoreField('Mesure à prendre', spec('assets', 'availability'))).toBe(0);
  });

  it('scores any spec: whole label, last segment, words in any order, compound tails of 6+ letters', () => {
    const s = { key: 'x', syn: ['risiko', 'ort', 'risk owner'] };
    expect(scoreField('Risk owner', s)).toBe(1);
    expect(scoreField('Assets / Risk owner', s)).toBe(0.95);
    expect(scoreField('Owner of the risk', s)).toBeCloseTo(0.7, 10);
    expect(scoreField('Gesamtrisiko', s)).toBeCloseTo(0.9, 10);
    expect(scoreField('Standort', s)).toBe(0);
  });
});

describe('mapColumns', () => {
  it('maps a German SoA header completely with confidence and lists nothing unmapped', () => {
    const m = mapColumns(
      labels('Kontroll-ID', 'Kontrollname', 'Anwendbar', 'Begründung', 'Umsetzungsstatus'),
      'soa',
    );
    expect(m.columns.map((c) => [c.column, c.field])).toEqual([
      ['A', 'id'],
      ['B', 'title'],
      ['C', 'applicable'],
      ['D', 'justification'],
      ['E', 'status'],
    ]);
    expect(m.columns.every((c) => c.confidence === 1)).toBe(true);
    expect(m.unmapped).toEqual([]);
  });

  it('maps French, Spanish and Portuguese risk headers and lists the unknown column', () => {
    const m = mapColumns(
      labels('Menace', 'Vulnérabilité', 'Probabilidad', 'Impacto', 'Couleur préférée'),
      'risks',
    );
    expect(Object.fromEntries(m.columns.map((c) => [c.field, c.column]))).toEqual({
      threat: 'A',
      vulnerability: 'B',
      likelihood: 'C',
      impact: 'D',
    });
    expect(m.unmapped).toEqual([{ column: 'E', header: 'Couleur préférée' }]);
  });

  it('gives each field one column: the best, then the leftmost', () => {
    const m = mapColumns(
      labels(
        'Risk Rating (Numeric)',
        'Risk Rating (Icon)',
        'Risk Rating (Text)',
        'Threat',
        'Likelihood',
      ),
      'risks',
    );
    expect(m.columns.find((c) => c.field === 'inherentRating')?.column).toBe('C');
  });
});
