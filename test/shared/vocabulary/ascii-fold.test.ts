import { describe, expect, it } from 'vitest';
import { asciiFold } from '../../../shared/vocabulary/ascii-fold';
import { foldText, unicodeFold } from '../../../shared/vocabulary/fold-text';

/** Every printable and control ASCII character, in runs the way cells hold them. */
function asciiSamples(): string[] {
  const all = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
  const out = [
    '',
    '   ',
    'Risk ID',
    '  Risk\tID\n(hint)  ',
    'A.5.15, A.8.2',
    '--Likelihood (1-5)--',
    'RISK-00042',
    all.join(''),
  ];
  for (let i = 0; i < 128; i++) out.push(`x${all[i]}Y`, `${all[i]}${all[(i * 7) % 128]}`);
  return out;
}

describe('asciiFold: the fast path of foldText', () => {
  it('folds ASCII text exactly as the Unicode fold does', () => {
    for (const s of asciiSamples()) expect(asciiFold(s), JSON.stringify(s)).toBe(unicodeFold(s));
  });

  it('lower-cases, keeps letters and digits and turns every other run into one space', () => {
    expect(asciiFold('  Risk\tID\n(hint)  ')).toBe('risk id hint');
    expect(asciiFold('A.5.15')).toBe('a 5 15');
  });

  it('declines any text with a character beyond ASCII (the Unicode fold handles it)', () => {
    for (const s of ['Gefährdung', 'Αξιολόγηση', 'x\u00a0y', 'Wahrscheinlichkeit–Auswirkung'])
      expect(asciiFold(s)).toBeNull();
  });

  it('is the path foldText takes for ASCII text; other text is folded the Unicode way', () => {
    for (const s of asciiSamples()) expect(foldText(s)).toBe(asciiFold(s));
    expect(foldText('Gefährdung – Αξιολόγηση')).toBe(unicodeFold('Gefährdung – Αξιολόγηση'));
    expect(foldText('Gefährdung')).toBe('gefahrdung');
  });
});
