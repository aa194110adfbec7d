/**
 * Clause (4–10), audit finding (9.2, 10.2), documented information (7.5) and objective (6.2)
 * changes: records paired by id, a few fields compared. A finding that gains a closed date is
 * closed, one whose effectiveness becomes verified is verified (10.2 d).
 */
import type { AuditFinding, ClauseEntry, DocumentEntry, Objective } from '../model/types';
import type { ChangeArea, ChangeItem } from './change-item';
import { keyAll, pairUp, recordKey, sameText } from './match';

type Field<T> = readonly [string, (t: T) => string | null];

function diffBy<T>(
  area: ChangeArea,
  previous: readonly T[],
  current: readonly T[],
  key: (t: T) => string | null,
  label: (t: T) => string,
  fields: readonly Field<T>[],
): ChangeItem[] {
  const pairs = pairUp(keyAll(previous, key, label), keyAll(current, key, label));
  const bare = (kind: 'added' | 'removed', id: string): ChangeItem => ({
    area,
    kind,
    id,
    field: null,
    before: null,
    after: null,
  });
  const out: ChangeItem[] = pairs.added.map((a) => bare('added', a.label));
  for (const [p, c] of pairs.matched) {
    for (const [field, get] of fields) {
      const before = get(p.item);
      const after = get(c.item);
      if (!sameText(before, after))
        out.push({ area, kind: 'changed', id: c.label, field, before, after });
    }
  }
  out.push(...pairs.removed.map((r) => bare('removed', r.label)));
  return out;
}

const text = (v: unknown): string | null =>
  v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim();
const yes = (v: boolean | null) => (v === null ? null : v ? 'Yes' : 'No');
const row = (ref: { row: number }) => `(row ${ref.row})`;
const clauseId = (id: string | null) =>
  id === null ? null : id.replace(/^\s*(clause|cl\.?)\s*/i, '').trim();

export function diffClauses(p: readonly ClauseEntry[], c: readonly ClauseEntry[]): ChangeItem[] {
  return diffBy(
    'clause',
    p,
    c,
    (e) => recordKey(clauseId(e.id), e.title),
    (e) => clauseId(e.id) ?? row(e.ref),
    [['status', (e) => e.status ?? text(e.statusRaw)]],
  );
}

export function diffFindings(p: readonly AuditFinding[], c: readonly AuditFinding[]): ChangeItem[] {
  return diffBy(
    'finding',
    p,
    c,
    (f) => recordKey(f.id, f.description),
    (f) => f.id ?? row(f.ref),
    [
      ['closed', (f) => f.closed],
      ['effectivenessVerified', (f) => yes(f.effectivenessVerified)],
      ['correctiveAction', (f) => f.correctiveAction],
    ],
  );
}

export function diffDocuments(
  p: readonly DocumentEntry[],
  c: readonly DocumentEntry[],
): ChangeItem[] {
  return diffBy(
    'document',
    p,
    c,
    (d) => recordKey(d.id, d.title),
    (d) => d.id ?? d.title ?? row(d.ref),
    [
      ['version', (d) => d.version],
      ['approvalDate', (d) => d.approvalDate],
    ],
  );
}

export function diffObjectives(p: readonly Objective[], c: readonly Objective[]): ChangeItem[] {
  return diffBy(
    'objective',
    p,
    c,
    (o) => recordKey(o.id, o.objective),
    (o) => o.id ?? row(o.ref),
    [
      ['status', (o) => o.status],
      ['actual', (o) => text(o.actual)],
    ],
  );
}
