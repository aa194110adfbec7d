/**
 * Certification readiness before and after (docs/readiness.md): the overall score, the verdict
 * and each area's score, scored on each cycle's own as-of date.
 */
import type { IsmsWorkbook } from '../model/types';
import { scoreReadiness } from '../readiness/score-readiness';
import type { Readiness } from '../readiness/types';
import type { ChangeItem } from './change-item';

export type ReadinessSummary = {
  readonly asOf: string;
  readonly overall: number;
  readonly verdict: Readiness['verdict'];
  readonly verdictLabel: string;
  readonly areas: readonly { readonly id: string; readonly name: string; readonly score: number }[];
  readonly blockers: number;
};

export function readinessSummary(
  workbooks: readonly IsmsWorkbook[],
  asOf: string,
): ReadinessSummary {
  const r = scoreReadiness(workbooks, { asOf });
  return {
    asOf,
    overall: r.overall,
    verdict: r.verdict,
    verdictLabel: r.verdictLabel,
    areas: r.areas.map((a) => ({ id: a.id, name: a.name, score: a.score })),
    blockers: r.blockers.length,
  };
}

export function diffReadiness(before: ReadinessSummary, after: ReadinessSummary): ChangeItem[] {
  const out: ChangeItem[] = [];
  const push = (id: string, field: string, b: string, a: string) => {
    if (b !== a) out.push({ area: 'readiness', kind: 'changed', id, field, before: b, after: a });
  };
  push('overall', 'score', String(before.overall), String(after.overall));
  push('verdict', 'verdict', before.verdictLabel, after.verdictLabel);
  push('blockers', 'count', String(before.blockers), String(after.blockers));
  for (const a of after.areas) {
    const b = before.areas.find((x) => x.id === a.id);
    if (b) push(a.id, 'score', String(b.score), String(a.score));
  }
  return out;
}
