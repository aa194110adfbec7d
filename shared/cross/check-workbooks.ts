import type { IsmsWorkbook } from '../model/types';
import type { Finding } from '../validation/finding';
import type { CrossCheck } from './types';
import { checkDuplicateRiskIds } from './rules/dup-risk-id';
import { checkMethodologyDifferences } from './rules/method-diff';
import { checkSoaConflicts } from './rules/soa-conflict';
import { checkUnknownAssets } from './rules/unknown-asset';
import { checkControlsExcludedElsewhere } from './rules/control-excluded';
import { consolidate } from './consolidate';

/** The XWB-* rules, in the order their findings are listed. */
const RULES: readonly ((wbs: readonly IsmsWorkbook[]) => Finding[])[] = [
  checkMethodologyDifferences,
  checkDuplicateRiskIds,
  checkSoaConflicts,
  checkUnknownAssets,
  checkControlsExcludedElsewhere,
];

/**
 * Cross-workbook checks over a set (several business-unit registers, an SoA workbook, an asset
 * inventory), plus the consolidated view of all risks on one method. `asOf` is accepted for
 * symmetry with single-workbook validation; no XWB rule depends on the date today.
 */
export function checkWorkbooks(
  workbooks: readonly IsmsWorkbook[],
  _opts: { asOf: string },
): CrossCheck {
  const findings = RULES.flatMap((rule) => rule(workbooks));
  return { findings, consolidated: consolidate(workbooks) };
}
