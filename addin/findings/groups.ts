/**
 * How the pane groups findings: the auditors' grades, then "Could not be checked" (severity
 * 'not-checked': tool problems such as an unreadable table, never nonconformities), then the
 * to-dos of a blank SoA. A template nobody has filled in yet reads as "93 controls to decide",
 * not as 93 nonconformities: when no control has an applicability decision at all, its
 * SOA-NO-DECISION findings are work to do (6.1.3 d), not lapses of a working process.
 */
import type { Finding } from '../../shared/validation';

export type GroupId = 'major' | 'minor' | 'observation' | 'not-checked' | 'todo';

export const GROUP_ORDER: readonly GroupId[] = [
  'major',
  'minor',
  'observation',
  'not-checked',
  'todo',
];

export const GROUP_TITLE: Readonly<Record<GroupId, string>> = {
  major: 'Major nonconformities',
  minor: 'Minor nonconformities',
  observation: 'Observations',
  'not-checked': 'Could not be checked',
  todo: 'To do',
};

/** True when the SoA has not been started: every control is undecided. */
export function soaNotStarted(
  progress: { total: { controls: number; undecided: number } } | null,
): boolean {
  return (
    progress !== null &&
    progress.total.controls > 0 &&
    progress.total.undecided === progress.total.controls
  );
}

export function groupOf(f: Finding, blankSoa: boolean): GroupId {
  const sev = f.severity as string;
  if (sev === 'not-checked') return 'not-checked';
  if (blankSoa && f.rule === 'SOA-NO-DECISION') return 'todo';
  return sev === 'major' || sev === 'minor' ? sev : 'observation';
}

export type GroupCounts = Readonly<Record<GroupId, number>>;

export function countGroups(findings: readonly Finding[], blankSoa: boolean): GroupCounts {
  const c: Record<GroupId, number> = {
    major: 0,
    minor: 0,
    observation: 0,
    'not-checked': 0,
    todo: 0,
  };
  for (const f of findings) c[groupOf(f, blankSoa)]++;
  return c;
}

/** The header's one-line status: nonconformities first, else what is left to do. */
export function statusLine(c: GroupCounts): string {
  const issues = c.major + c.minor + c.observation;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    issues ? plural(issues, 'finding', 'findings') : '',
    c['not-checked'] ? `${c['not-checked']} not checked` : '',
    c.todo ? plural(c.todo, 'control to decide', 'controls to decide') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'All checks pass';
}
