import { describe, expect, it } from 'vitest';
import { parseTreatmentWord } from '../../../shared/vocabulary/treatment-option';

describe('parseTreatmentWord', () => {
  it('reads ISO/IEC 27005 options and their synonyms in several languages', () => {
    expect(parseTreatmentWord('Mitigate')).toBe('modify');
    expect(parseTreatmentWord('Mindern')).toBe('modify');
    expect(parseTreatmentWord('Accepter')).toBe('retain');
    expect(parseTreatmentWord('Transferir')).toBe('share');
    expect(parseTreatmentWord('Αποφυγή')).toBe('avoid');
    expect(parseTreatmentWord('1. Train the staff 2. Buy a UPS')).toBeNull();
  });

  it('reads only a short cell led by an option word', () => {
    expect(parseTreatmentWord('Accept the risk')).toBe('retain');
    expect(parseTreatmentWord('Risk transfer')).toBeNull();
    expect(parseTreatmentWord('Mitigate the risk of fire')).toBeNull();
    expect(parseTreatmentWord(null)).toBeNull();
  });
});
