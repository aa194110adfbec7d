import { describe, expect, it } from 'vitest';
import { asText, isBlank } from '../../../shared/grid/cell';

describe('asText', () => {
  it('returns a clean text as it is', () => {
    expect(asText('Risk owner')).toBe('Risk owner');
    expect(asText('Zugriffskontrolle – Übersicht')).toBe('Zugriffskontrolle – Übersicht');
  });

  it('trims and collapses every kind of whitespace to one space', () => {
    expect(asText('  Risk   owner ')).toBe('Risk owner');
    expect(asText('Risk\nowner')).toBe('Risk owner');
    expect(asText('Risk\u00a0owner\u3000')).toBe('Risk owner');
    expect(asText('\ufeffRisk\u2003\u2003owner')).toBe('Risk owner');
    expect(asText('\tA.5.1\r\n')).toBe('A.5.1');
  });

  it('keeps characters that are not whitespace (zero-width space, NEL)', () => {
    expect(asText('a\u200bb')).toBe('a\u200bb');
    expect(asText('a\u0085b')).toBe('a\u0085b');
  });

  it('reads blank texts as null and prints numbers and booleans', () => {
    expect(asText('')).toBeNull();
    expect(asText(' \u00a0\n')).toBeNull();
    expect(asText(null)).toBeNull();
    expect(asText(0.1 + 0.2)).toBe('0.3');
    expect(asText(true)).toBe('TRUE');
  });
});

describe('isBlank', () => {
  it('is true for null and whitespace-only text, false for anything else', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank('\u2028 \u00a0')).toBe(true);
    expect(isBlank('\u200b')).toBe(false);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});
