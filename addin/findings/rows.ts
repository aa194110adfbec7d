/**
 * The Check tab's list as flat rows for the virtualiser: a heading per group (severity, then
 * "Could not be checked", then to-dos), a sub-heading per rule or sheet, then the findings.
 */
import type { Finding } from '../../shared/validation';
import { GROUP_ORDER, groupOf, type GroupId } from './groups';

export type GroupBy = 'rule' | 'sheet';

export type ListRow =
  | { readonly kind: 'group'; readonly group: GroupId; readonly count: number }
  | {
      readonly kind: 'sub';
      readonly group: GroupId;
      readonly label: string;
      readonly count: number;
    }
  | {
      readonly kind: 'finding';
      readonly group: GroupId;
      readonly f: Finding;
      readonly key: string;
    };

const subKey = (f: Finding, by: GroupBy) => (by === 'rule' ? f.rule : (f.sheet ?? 'Workbook'));

export function listRows(findings: readonly Finding[], blankSoa: boolean, by: GroupBy): ListRow[] {
  const groups = new Map<GroupId, Map<string, Finding[]>>(GROUP_ORDER.map((g) => [g, new Map()]));
  findings.forEach((f) => {
    const subs = groups.get(groupOf(f, blankSoa))!;
    const k = subKey(f, by);
    const list = subs.get(k) ?? [];
    list.push(f);
    subs.set(k, list);
  });
  const rows: ListRow[] = [];
  let n = 0;
  for (const [group, subs] of groups) {
    if (subs.size === 0) continue;
    const sorted = [...subs].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    rows.push({ kind: 'group', group, count: sorted.reduce((s, [, l]) => s + l.length, 0) });
    for (const [label, list] of sorted) {
      rows.push({ kind: 'sub', group, label, count: list.length });
      for (const f of list) rows.push({ kind: 'finding', group, f, key: `f${n++}` });
    }
  }
  return rows;
}
