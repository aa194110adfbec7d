import { describe, expect, it } from 'vitest';
import { parseApplicable, parseYesNo } from '../../../shared/vocabulary/yes-no';

describe('parseApplicable', () => {
  it.each(['Yes', 'Y', 'x', 'X', '✓', '✔', '▪', 'Χ', 'OUI', 'Ja', 'Sim', 'Sí', 'Ναι'])(
    'reads "%s" as applicable',
    (t) => {
      expect(parseApplicable(t)).toBe(true);
    },
  );

  it.each(['No', 'N', 'NON', 'Nein', 'Não', 'Όχι', 'Not applicable'])(
    'reads "%s" as not applicable',
    (t) => {
      expect(parseApplicable(t)).toBe(false);
    },
  );

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

describe('parseYesNo', () => {
  it.each([
    'Yes',
    'y',
    'TRUE',
    'x',
    '✓',
    'Oui',
    'Ja',
    'Applicable',
    'Included',
    'In scope',
    'Ναι',
    1,
  ])('reads %s as Yes', (v) => {
    expect(parseYesNo(v)).toBe(true);
  });

  it.each(['No', 'n', 'N/A', 'Not applicable', 'Excluded', 'Out of scope', 'Non', 'Nein', '✗', 0])(
    'reads %s as No',
    (v) => {
      expect(parseYesNo(v)).toBe(false);
    },
  );

  it('keeps a boolean cell as it is', () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
  });

  it('reads whole values only: a sentence starting with No is not a decision', () => {
    expect(parseApplicable('No formal process')).toBe(false);
    expect(parseYesNo('No formal process')).toBeNull();
    expect(parseYesNo(null)).toBeNull();
    expect(parseYesNo('maybe')).toBeNull();
  });
});
