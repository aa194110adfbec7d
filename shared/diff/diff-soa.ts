/**
 * Statement of Applicability changes (6.1.3 d): controls added or removed, applicability,
 * implementation status and evidence, matched per 2022 control (see soa-view.ts).
 */
import type { SoaEntry } from '../model/types';
import type { ChangeItem } from './change-item';
import { sameText } from './match';
import { soaView, type ControlView } from './soa-view';

const yesNo = (v: boolean | null) => (v === null ? null : v ? 'Yes' : 'No');
const statusText = (c: ControlView) => c.status ?? c.statusRaw;
const label = (id: string) => (id.startsWith('?') ? id.slice(1) : `A.${id}`);

function changes(p: ControlView, c: ControlView): ChangeItem[] {
  const out: [string, string | null, string | null][] = [];
  if (p.applicable !== c.applicable)
    out.push(['applicable', yesNo(p.applicable), yesNo(c.applicable)]);
  if (!sameText(statusText(p), statusText(c))) out.push(['status', statusText(p), statusText(c)]);
  if (!sameText(p.evidence, c.evidence)) out.push(['evidence', p.evidence, c.evidence]);
  return out.map(([field, before, after]) => ({
    area: 'soa',
    kind: 'changed',
    id: label(c.id),
    field,
    before,
    after,
  }));
}

export type SoaDiff = { readonly items: ChangeItem[]; readonly migrated: number };

export function diffSoa(previous: readonly SoaEntry[], current: readonly SoaEntry[]): SoaDiff {
  const before = soaView(previous);
  const after = soaView(current);
  const items: ChangeItem[] = [];
  const bare = (kind: 'added' | 'removed', id: string): ChangeItem => ({
    area: 'soa',
    kind,
    id: label(id),
    field: null,
    before: null,
    after: null,
  });
  for (const [id, c] of after.controls) {
    const p = before.controls.get(id);
    items.push(...(p ? changes(p, c) : [bare('added', id)]));
  }
  for (const id of before.controls.keys())
    if (!after.controls.has(id)) items.push(bare('removed', id));
  return { items, migrated: before.migrated + after.migrated };
}
