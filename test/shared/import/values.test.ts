import { describe, expect, it } from 'vitest';
import { parseApplicable, parseClauseStatus, parseImplementation, parseRiskStatus, parseTreatmentWord } from '../../../shared/import/values';

describe('parseApplicable', () => {
  it.each(['Yes', 'Y', 'x', 'X', '✓', '✔', '▪', 'Χ', 'OUI', 'Ja', 'Sim', 'Sí', 'Ναι'])('reads "%s" as applicable', (t) => {
    expect(parseApplicable(t)).toBe(true);
  });

  it.each(['No', 'N', 'NON', 'Nein', 'Não', 'Όχι', 'Not applicable'])('reads "%s" as not applicable', (t) => {
    expect(parseApplicable(t)).toBe(false);
  });

  it('reads a lone "n" as a Wingdings tick only in a tick column', () => {
    expect(parseApplicable('n', { wingdingsN: true })).toBe(true);
    expect(parseApplicable('n')).toBe(false);
  });

  it('returns null for blanks and unreadable text', () => {
    expect(parseApplicable(null)).toBeNull();
    expect(parseApplicable('  ')).toBeNull();
    expect(parseApplicable('ask the CISO')).toBeNull();
  });
});

describe('parseImplementation', () => {
  it.each([
    ['✅', 'Implemented'],
    ['⚠️', 'Partially implemented'],
    ['❌', 'Not implemented'],
    ['Umgesetzt', 'Implemented'],
    ['Teilweise umgesetzt', 'Partially implemented'],
    ['Partially Implemented', 'Partially implemented'],
    ['Mis en place', 'Implemented'],
    ['Non mis en place', 'Not implemented'],
    ['Parcialmente implementado', 'Partially implemented'],
    ['Não implementado', 'Not implemented'],
    ['Planificado', 'Planned'],
    ['OUI', 'Implemented'],
    ['NON', 'Not implemented'],
  ])('reads "%s" as %s', (t, want) => {
    expect(parseImplementation(t)).toBe(want);
  });

  it('returns null for text that is not a status', () => {
    expect(parseImplementation('see the policy')).toBeNull();
  });
});

describe('parseClauseStatus', () => {
  it('reads C/P/N and words, and treats the "C / P / N" placeholder as blank', () => {
    expect(parseClauseStatus('C')).toBe('Conformant');
    expect(parseClauseStatus('Partially')).toBe('Partial');
    expect(parseClauseStatus('Non-Compliant')).toBe('Nonconformant');
    expect(parseClauseStatus('C / P / N')).toBeNull();
  });
});

describe('parseTreatmentWord', () => {
  it('reads ISO/IEC 27005 options and their synonyms in several languages', () => {
    expect(parseTreatmentWord('Mitigate')).toBe('modify');
    expect(parseTreatmentWord('Mindern')).toBe('modify');
    expect(parseTreatmentWord('Accepter')).toBe('retain');
    expect(parseTreatmentWord('Transferir')).toBe('share');
    expect(parseTreatmentWord('Αποφυγή')).toBe('avoid');
    expect(parseTreatmentWord('1. Train the staff 2. Buy a UPS')).toBeNull();
  });
});

describe('parseRiskStatus', () => {
  it('normalises open and closed in several languages', () => {
    expect(parseRiskStatus('Offen')).toBe('Open');
    expect(parseRiskStatus('Fermé')).toBe('Closed');
    expect(parseRiskStatus('Waiting')).toBeNull();
  });
});
