import { describe, expect, it } from 'vitest';
import { memoCell, memoText } from '../../../shared/import/memo-text';

describe('memoText: a text parser run once per distinct text', () => {
  it('gives the parser’s answer, null included, and calls it once per text', () => {
    const seen: (string | null)[] = [];
    const parse = memoText((t) => {
      seen.push(t);
      return t === 'open' ? 'Open' : null;
    });
    expect([parse('open'), parse('open'), parse('x'), parse('x'), parse(null)]).toEqual([
      'Open',
      'Open',
      null,
      null,
      null,
    ]);
    expect(seen).toEqual(['open', 'x', null]);
  });

  it('keeps at most `max` texts and still answers for the others', () => {
    let calls = 0;
    const parse = memoText((t) => {
      calls++;
      return t?.length ?? 0;
    }, 2);
    expect(['a', 'bb', 'ccc', 'ccc', 'a'].map(parse)).toEqual([1, 2, 3, 3, 1]);
    expect(calls).toBe(4);
  });
});

describe('memoCell: a cell reader run once per distinct text', () => {
  it('remembers text cells and reads numbers, booleans and blanks each time', () => {
    const seen: unknown[] = [];
    const read = memoCell((c) => {
      seen.push(c);
      return c === 'Yes' || c === 1 || c === true;
    });
    expect(['Yes', 'Yes', 1, 1, true, null, 'No', 'No'].map(read)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(seen).toEqual(['Yes', 1, 1, true, null, 'No']);
  });
});
