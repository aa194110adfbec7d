import { describe, expect, it } from 'vitest';
import {
  bandFormats,
  formulaResults,
  ratingFormula,
  riskFormulas,
  thisRow,
  toDisplayForm,
} from '../../../shared/workbook/formulas';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import type { Methodology } from '../../../shared/model/types';

const FOUR: Methodology = {
  ...DEFAULT_METHODOLOGY,
  impact: DEFAULT_METHODOLOGY.impact.slice(0, 4),
  formula: 'sum',
  bands: [
    { name: 'High', min: 6, max: 9, color: '#C00000' },
    { name: 'Low', min: 2, max: 3, color: '#92D050' },
  ],
};

describe('riskFormulas', () => {
  it('uses file-format long structured references, never [@…], and no leading =', () => {
    const f = riskFormulas(DEFAULT_METHODOLOGY);
    for (const text of Object.values(f)) {
      expect(text).not.toContain('[@');
      expect(text.startsWith('=')).toBe(false);
    }
    expect(f.inherentScore).toContain('tblRisks[[#This Row],[Likelihood]]');
    expect(f.residualScore).toContain('tblRisks[[#This Row],[Residual Impact]]');
    expect(f.inherentRating).toContain('tblRisks[[#This Row],[Inherent Score]]');
    expect(f.residualRating).toContain('tblRisks[[#This Row],[Residual Score]]');
  });

  it('follows the tblMethod "Score formula" setting and checks levels against the scales', () => {
    const f = riskFormulas(DEFAULT_METHODOLOGY).inherentScore;
    expect(f).toContain('MATCH("Score formula",tblMethod[Setting],0)');
    expect(f).toContain('{"Product","Sum","Matrix"}');
    expect(f).toContain('tblLikelihood[Level]');
    expect(f).toContain('tblImpact[Level]');
    expect(f).toContain('tblMatrix[[I1]:[I5]]');
  });

  it('sizes the matrix lookup to the impact scale', () => {
    expect(riskFormulas(FOUR).inherentScore).toContain('tblMatrix[[#Headers],[I1]:[I4]]');
  });

  it('has balanced parentheses', () => {
    for (const text of Object.values(riskFormulas(FOUR))) {
      let depth = 0;
      for (const ch of text.replace(/"[^"]*"/g, '')) {
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });
});

describe('ratingFormula', () => {
  it('looks the score up in tblRatings and blanks uncovered scores', () => {
    const f = ratingFormula('X1');
    expect(f).toBe(
      'IF(X1="","",IFERROR(IF(X1<=INDEX(tblRatings[Max Score],MATCH(X1,tblRatings[Min Score],1)),' +
        'INDEX(tblRatings[Rating],MATCH(X1,tblRatings[Min Score],1)),""),""))',
    );
  });
});

describe('thisRow', () => {
  it('escapes special characters in column names', () => {
    expect(thisRow("Owner's [#]")).toBe("tblRisks[[#This Row],[Owner''s '['#']]]");
  });
});

describe('formulaResults', () => {
  it('computes score and rating with the core', () => {
    expect(formulaResults(DEFAULT_METHODOLOGY, 4, 4)).toEqual({ score: 16, rating: 'Critical' });
    expect(formulaResults(FOUR, 2, 2)).toEqual({ score: 4, rating: '' });
  });

  it('gives blanks for blank, text or off-scale inputs', () => {
    expect(formulaResults(DEFAULT_METHODOLOGY, null, 3)).toEqual({ score: '', rating: '' });
    expect(formulaResults(DEFAULT_METHODOLOGY, 'high', 3)).toEqual({ score: '', rating: '' });
    expect(formulaResults(DEFAULT_METHODOLOGY, 7, 3)).toEqual({ score: '', rating: '' });
  });
});

describe('toDisplayForm', () => {
  it('turns long-form this-row references into @ references', () => {
    const f = 'tblRisks[[#This Row],[Likelihood]]*tblRisks[[#This Row],[Residual Impact]]';
    expect(toDisplayForm(f)).toBe('[@Likelihood]*[@[Residual Impact]]');
  });
});

describe('bandFormats', () => {
  it('sorts bands ascending and picks a readable font', () => {
    const f = bandFormats(FOUR);
    expect(f.map((b) => b.band)).toEqual(['Low', 'High']);
    expect(f[0]).toMatchObject({ fill: '#92D050', font: '#000000' });
    expect(f[1]).toMatchObject({ fill: '#C00000', font: '#FFFFFF' });
  });
});
