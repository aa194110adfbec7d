import type { Finding } from '../findings/finding';
import type { IsmsWorkbook } from '../model/types';
import { graded } from '../validation/grade';
import type { CrossCheck } from './types';
import { CROSS_RULES } from './rules/index';
import { consolidate } from './consolidate';

/** The XWB-* findings of a set, each with its rule's grade from the registry. */
export function runCrossRules(workbooks: readonly IsmsWorkbook[], asOf: string): Finding[] {
  const ctx = { workbooks, asOf };
  return CROSS_RULES.flatMap((rule) =>
    graded(
      rule,
      rule.check(ctx).map((f) => ({ ...f, severity: rule.severity })),
      ctx,
    ),
  );
}

/**
 * Cross-workbook checks over a set (several business-unit registers, an SoA workbook, an asset
 * inventory), plus the consolidated view of all risks on one method. `asOf` is accepted for
 * symmetry with single-workbook validation; no XWB rule depends on the date today.
 */
export function checkWorkbooks(
  workbooks: readonly IsmsWorkbook[],
  opts: { asOf: string },
): CrossCheck {
  return { findings: runCrossRules(workbooks, opts.asOf), consolidated: consolidate(workbooks) };
}
