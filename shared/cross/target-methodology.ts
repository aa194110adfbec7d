import type { IsmsWorkbook, Methodology } from '../model/types';
import { sameMethodology } from './methodology-diff';

export type TargetMethodology = {
  readonly methodology: Methodology | null;
  readonly source: string | null;
  readonly basis: 'most-common' | 'first' | 'none';
};

/**
 * The method the consolidated view scores every risk on: among workbooks that hold risks and a
 * documented method (all workbooks with a method when none holds risks), the method shared by
 * the most workbooks; a tie goes to the earliest workbook in the set (`first`).
 */
export function chooseTargetMethodology(workbooks: readonly IsmsWorkbook[]): TargetMethodology {
  const withMethod = workbooks.filter((w) => w.methodology !== null);
  const scoring = withMethod.filter((w) => (w.risks?.length ?? 0) > 0);
  const pool = scoring.length > 0 ? scoring : withMethod;
  if (pool.length === 0) return { methodology: null, source: null, basis: 'none' };
  const groups: { wb: IsmsWorkbook; count: number }[] = [];
  for (const wb of pool) {
    const g = groups.find((x) =>
      sameMethodology(x.wb.methodology as Methodology, wb.methodology as Methodology),
    );
    if (g) g.count++;
    else groups.push({ wb, count: 1 });
  }
  const best = groups.reduce((a, b) => (b.count > a.count ? b : a));
  const tie = groups.filter((g) => g.count === best.count).length > 1;
  const basis = groups.length === 1 || tie ? 'first' : 'most-common';
  return { methodology: best.wb.methodology, source: best.wb.name, basis };
}
