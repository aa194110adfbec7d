/**
 * Runs every single-workbook rule (methodology, risk register, SoA) and collects all findings,
 * sorted by sheet, row, column and rule. Cross-workbook rules (XWB-*) live in shared/cross.
 */
import type { IsmsWorkbook } from '../model/types';
import type { Finding } from './finding';
import { RULES } from './rules/index';
import { sortFindings } from './sort-findings';

export function validateWorkbook(wb: IsmsWorkbook, opts: { asOf: string }): Finding[] {
  return sortFindings(runRules(wb, opts));
}

/** Every rule's findings in rule order, unsorted (for callers that merge and sort once). */
export function runRules(wb: IsmsWorkbook, opts: { asOf: string }): Finding[] {
  const ctx = { wb, asOf: opts.asOf };
  return RULES.flatMap((rule) => rule.check(ctx));
}
