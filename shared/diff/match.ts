/**
 * Pairing records of two review cycles by identity, not position: rows may be reordered and
 * sheets renamed. Keys are folded ids; a repeated key on one side gets `#2`, `#3` … so nothing is
 * dropped.
 */
import { foldText } from '../vocabulary/fold-text';

export type Keyed<T> = { readonly key: string; readonly label: string; readonly item: T };

export type Pairs<T> = {
  readonly added: readonly Keyed<T>[];
  readonly removed: readonly Keyed<T>[];
  readonly matched: readonly (readonly [Keyed<T>, Keyed<T>])[];
};

/** Upper case, no spaces: `r 01` and `R01` are one id (ids are typed by hand in both cycles). */
export function idKey(id: string | null): string | null {
  if (id === null) return null;
  const k = id.replace(/\s+/g, '').toUpperCase();
  return k === '' ? null : k;
}

/** The key of a record: its id, else its folded text (a risk without id keeps its description). */
export function recordKey(id: string | null, text: string | null): string | null {
  const k = idKey(id);
  if (k !== null) return `id:${k}`;
  const t = text === null ? '' : foldText(text);
  return t === '' ? null : `text:${t}`;
}

/** Keys each item; items without a key get their row (they can only be added or removed). */
export function keyAll<T>(
  items: readonly T[],
  keyOf: (t: T) => string | null,
  labelOf: (t: T) => string,
): Keyed<T>[] {
  const seen = new Map<string, number>();
  return items.map((item, i) => {
    const base = keyOf(item) ?? `unkeyed:${i}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, label: labelOf(item), item };
  });
}

/** Matches by key: current order for added and matched, previous order for removed. */
export function pairUp<T>(previous: readonly Keyed<T>[], current: readonly Keyed<T>[]): Pairs<T> {
  const before = new Map(previous.map((p) => [p.key, p]));
  const after = new Set(current.map((c) => c.key));
  const added: Keyed<T>[] = [];
  const matched: [Keyed<T>, Keyed<T>][] = [];
  for (const c of current) {
    const p = before.get(c.key);
    if (p) matched.push([p, c]);
    else added.push(c);
  }
  const removed = previous.filter((p) => !after.has(p.key));
  return { added, removed, matched };
}

/** True when two texts say the same thing (case, accents, punctuation and spacing aside). */
export function sameText(a: string | null, b: string | null): boolean {
  // Most fields are unchanged between cycles: skip folding those.
  if (a === b) return true;
  return foldText(a ?? '') === foldText(b ?? '');
}
