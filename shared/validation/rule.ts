/** A validation rule: one id, one check over the whole workbook, all its findings collected. */
import type { IsmsWorkbook } from '../model/types';
import type { Finding, RuleId } from './finding';

export type RuleContext = {
  readonly wb: IsmsWorkbook;
  /** ISO date that "today" means (overdue checks); never the clock. */
  readonly asOf: string;
};

export type Rule = {
  readonly id: RuleId;
  readonly check: (ctx: RuleContext) => Finding[];
};
