/**
 * The Check tab's list as rows for the virtualiser: a heading per group (severity, then "Could
 * not be checked", then to-dos), a sub-heading per rule or sheet, then the findings. The rows are
 * computed on demand from the sections (a few hundred at most), so 100k findings cost no
 * per-finding allocation on the main thread: only the rows in view are ever built.
 */
import type { Finding } from '../../shared/validation';
import { arrange, type GroupBy, type Section } from './digest';
import type { GroupId } from './groups';

export type { GroupBy } from './digest';

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

export type RowModel = {
  /** Rows in all: headings plus findings. */
  readonly count: number;
  /** How many of them are findings. */
  readonly findings: number;
  readonly row: (i: number) => ListRow;
  /** The row of the k-th finding. */
  readonly rowOfFinding: (k: number) => number;
  /** Which finding row i is (k), or -1 for a heading. */
  readonly findingAt: (i: number) => number;
};

/** The last index whose value is ≤ x in an ascending array (0 when none is). */
function floorIndex(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rows of findings already in section order (`arrange`, or the engine's digest). */
export function rowModel(ordered: readonly Finding[], sections: readonly Section[]): RowModel {
  const start: number[] = []; // first row of each section (its group heading when it opens one)
  const first: number[] = []; // index in `ordered` of each section's first finding
  const heads: number[] = []; // headings before the section's findings (1 or 2)
  const groupTotal = new Map<GroupId, number>();
  let rows = 0;
  let n = 0;
  sections.forEach((sec, s) => {
    const h = s === 0 || sections[s - 1].group !== sec.group ? 2 : 1;
    start.push(rows);
    first.push(n);
    heads.push(h);
    groupTotal.set(sec.group, (groupTotal.get(sec.group) ?? 0) + sec.count);
    rows += h + sec.count;
    n += sec.count;
  });
  const row = (i: number): ListRow => {
    const s = floorIndex(start, i);
    const sec = sections[s];
    const o = i - start[s];
    if (o < heads[s] - 1)
      return { kind: 'group', group: sec.group, count: groupTotal.get(sec.group)! };
    if (o === heads[s] - 1)
      return { kind: 'sub', group: sec.group, label: sec.label, count: sec.count };
    const k = first[s] + o - heads[s];
    return { kind: 'finding', group: sec.group, f: ordered[k], key: `f${k}` };
  };
  const rowOfFinding = (k: number) => {
    const s = floorIndex(first, k);
    return start[s] + heads[s] + (k - first[s]);
  };
  const findingAt = (i: number) => {
    if (sections.length === 0) return -1;
    const s = floorIndex(start, i);
    const o = i - start[s];
    return o < heads[s] ? -1 : first[s] + o - heads[s];
  };
  return { count: rows, findings: n, row, rowOfFinding, findingAt };
}

export function groupedRows(
  findings: readonly Finding[],
  blankSoa: boolean,
  by: GroupBy,
): RowModel {
  const { ordered, sections } = arrange(findings, blankSoa, by);
  return rowModel(ordered, sections);
}

/** Every row, materialised (small lists, tests). */
export function listRows(findings: readonly Finding[], blankSoa: boolean, by: GroupBy): ListRow[] {
  const m = groupedRows(findings, blankSoa, by);
  return Array.from({ length: m.count }, (_, i) => m.row(i));
}
