import { describe, expect, it } from 'vitest';
import { parseTreatment } from '../../../shared/risk/treatment';

describe('parseTreatment', () => {
  it.each([
    ['modify', ['Modify', 'treat', 'Mitigate', 'REDUCE', 'remediate', 'control', 'Risk reduction']],
    ['retain', ['Retain', 'accept', 'Tolerate', 'Accept the risk', 'accepted']],
    ['avoid', ['Avoid', 'terminate', 'Eliminate']],
    [
      'share',
      ['Share', 'transfer', 'Insure', 'outsource', 'Risk transfer', 'Transfer (insurance)'],
    ],
  ] as const)('reads the ISO/IEC 27005 option %s and its English synonyms', (option, words) => {
    for (const w of words) expect(parseTreatment(w), w).toBe(option);
  });

  it.each([
    ['modify', ['Réduire', 'atténuer', 'mindern', 'Reduzieren', 'mitigar', 'reducir', 'reduzir']],
    ['retain', ['Accepter', 'akzeptieren', 'tragen', 'aceptar', 'aceitar']],
    ['avoid', ['Éviter', 'vermeiden', 'evitar']],
    [
      'share',
      [
        'Transférer',
        'partager',
        'übertragen',
        'teilen',
        'transferir',
        'compartir',
        'partilhar',
        'compartilhar',
      ],
    ],
  ] as const)('reads French, German, Spanish and Portuguese words for %s', (option, words) => {
    for (const w of words) expect(parseTreatment(w), w).toBe(option);
  });

  it('ignores case, accents and surrounding whitespace', () => {
    expect(parseTreatment('  REDUIRE \n')).toBe('modify');
    expect(parseTreatment('\u00a0Ubertragen\t')).toBe('share');
  });

  it('reads the option leading a longer note', () => {
    expect(parseTreatment('Mitigate – patch the servers')).toBe('modify');
  });

  it('returns null for text that names no option, or two', () => {
    expect(parseTreatment('')).toBeNull();
    expect(parseTreatment('fix it')).toBeNull();
    expect(parseTreatment('TBD')).toBeNull();
    expect(parseTreatment('Accept / transfer')).toBeNull();
  });
});
