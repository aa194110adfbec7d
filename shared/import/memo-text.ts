import type { Cell } from '../grid/grid';
/**
 * A pure function of one text, remembered per distinct text: a register's statuses, treatment
 * options and control lists repeat on most of its rows, and each is parsed once per import
 * instead of once per row. Up to `max` texts are kept (unique values are not worth keeping).
 */
export function memoText<T>(f: (t: string | null) => T, max = 4096): (t: string | null) => T {
  const seen = new Map<string | null, T>();
  return (t) => {
    let r = seen.get(t);
    if (r === undefined && !seen.has(t)) {
      r = f(t);
      if (seen.size < max) seen.set(t, r);
    }
    return r as T;
  };
}

/**
 * memoText for a cell reader: text cells remembered per text as written, other values (numbers,
 * booleans, blanks) read each time.
 */
export function memoCell<T>(f: (c: Cell) => T, max = 4096): (c: Cell) => T {
  const byText = memoText((t) => f(t), max);
  return (c) => (typeof c === 'string' ? byText(c) : f(c));
}
