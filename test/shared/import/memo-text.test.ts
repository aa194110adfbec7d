import { describe, expect, it } from 'vitest';
import { memoText } from '../../../shared/import/memo-text';

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
