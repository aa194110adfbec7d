/**
 * Runs every single-workbook rule (methodology, risk register, SoA, records) and the ISMS-level
 * rules on the workbook taken as the whole ISMS, and collects all findings, sorted by sheet, row,
 * column and rule. Cross-workbook rules (XWB-*) live in shared/cross.
 */
import type { Finding } from '../findings/finding';
import type { IsmsWorkbook } from '../model/types';
import { graded } from './grade';
import type { SetContext } from './rule';
import { RULES } from './rules/index';
import { SET_RULES } from './set-rules/index';
import { sortFindings } from './sort-findings';

export function validateWorkbook(wb: IsmsWorkbook, opts: { asOf: string }): Finding[] {
  return sortFindings(runRules(wb, opts));
}

/** The single-workbook rules' findings, graded, in rule order (unsorted). */
export function runWorkbookRules(wb: IsmsWorkbook, opts: { asOf: string }): Finding[] {
  const ctx = { wb, asOf: opts.asOf };
  return RULES.flatMap((rule) => graded(rule, rule.check(ctx), ctx));
}

/** The ISMS-level rules (ISMS-*) over a set of workbooks forming one ISMS, graded. */
export function runSetRules(workbooks: readonly IsmsWorkbook[], opts: { asOf: string }): Finding[] {
  const ctx: SetContext = { workbooks, asOf: opts.asOf };
  return SET_RULES.flatMap((rule) => graded(rule, rule.check(ctx), ctx));
}

/** Every rule's findings for one workbook taken as the whole ISMS, unsorted. */
export function runRules(wb: IsmsWorkbook, opts: { asOf: string }): Finding[] {
  return [...runWorkbookRules(wb, opts), ...runSetRules([wb], opts)];
}
