import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk, snapshotFromTables } from './snapshot';
import { DEFAULT_METHODOLOGY } from '../../shared/risk/methodology';

describe('snapshotFromTables', () => {
  it('lays a table on its canonical sheet with header row 1 and a TableRef', () => {
    const s = snapshotFromTables('wb.xlsx', { tblRisks: [cleanRisk('R1')] });
    const t = s.tables.find((x) => x.name === 'tblRisks');
    expect(t?.sheet).toBe('Risks');
    expect(t?.ref).toBe('A1:X2');
    const sheet = s.sheets.find((x) => x.name === 'Risks');
    expect(sheet?.rows[0][0]).toBe('Risk ID');
    expect(sheet?.rows[1][0]).toBe('R1');
    // Inherent Score (column I) is computed like the template's formula: 3 × 4.
    expect(sheet?.rows[1][8]).toBe(12);
    expect(sheet?.rows[1][9]).toBe('High');
    expect(sheet?.formulas).toContain('I2');
  });

  it('writes the default methodology side by side on the Methodology sheet', () => {
    const s = snapshotFromTables('wb.xlsx', {});
    const names = s.tables
      .filter((t) => t.sheet === 'Methodology')
      .map((t) => `${t.name}:${t.ref}`);
    expect(names).toEqual([
      'tblLikelihood:A1:C6',
      'tblImpact:E1:G6',
      'tblRatings:I1:L5',
      'tblMethod:N1:O3',
    ]);
  });

  it('writes a score matrix for a matrix method and no methodology when asked', () => {
    const matrix = DEFAULT_METHODOLOGY.likelihood.map((l) =>
      DEFAULT_METHODOLOGY.impact.map((i) => l.level * i.level),
    );
    const m = { ...DEFAULT_METHODOLOGY, formula: 'matrix' as const, matrix };
    expect(snapshotFromTables('a', {}, { methodology: m }).tables.map((t) => t.name)).toContain(
      'tblMatrix',
    );
    expect(snapshotFromTables('a', {}, { methodology: null }).tables).toEqual([]);
  });
});

describe('canonicalSnapshot', () => {
  it('fills the SoA with 93 controls and the clauses with 30', () => {
    const s = canonicalSnapshot('clean.xlsx');
    expect(s.tables.find((t) => t.name === 'tblSoA')?.ref).toBe('A1:K94');
    expect(s.tables.find((t) => t.name === 'tblClauses')?.ref).toBe('A1:F31');
  });
});
