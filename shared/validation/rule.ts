/**
 * A rule: one id, its auditor grade, the clause it rests on, the audit stage at which its major
 * findings block certification, an optional escalation (data), and one check collecting all its
 * findings. The registry (rules/index.ts, set-rules/index.ts) is the one table of rules: the
 * closed `RuleId` union is derived from it, and each domain's messages are keyed by it.
 */
import type { Finding, Severity } from '../findings/finding';
import type { IsmsWorkbook } from '../model/types';

/** Stage 1 reviews documentation and planning; Stage 2 the implementation (ISO/IEC 17021-1 9.3). */
export type StageId = 'stage1' | 'stage2';

export type RuleContext = {
  readonly wb: IsmsWorkbook;
  /** ISO date that "today" means (overdue checks); never the clock. */
  readonly asOf: string;
};

/** Rules over the set of workbooks that make up one ISMS (ISMS-*, XWB-*). */
export type SetContext = {
  readonly workbooks: readonly IsmsWorkbook[];
  readonly asOf: string;
};

/**
 * Where auditors escalate: the rule's findings become major (a systemic breakdown rather than a
 * single lapse) when there are at least `min` of them and they exceed `share` of the population.
 */
export type Escalation = {
  readonly min: number;
  /** Fraction 0–1 of the population; escalate when findings / population > share. */
  readonly share: number;
  /** Words for the population, used in the escalated sentence ("risks above the threshold"). */
  readonly of: string;
};

type RuleMeta<Id extends string> = {
  readonly id: Id;
  /** Base grade of one occurrence; `not-checked` for tool and format problems. */
  readonly severity: Severity;
  /** ISO/IEC 27001:2022 clause or Annex A control (`6.1.3 f)`, `A.5.9`). */
  readonly clause: string;
  /** A major finding of this rule blocks this stage (and so the next). */
  readonly stage: StageId;
};

export type Rule<Id extends string = string> = RuleMeta<Id> & {
  readonly escalation?: Escalation & { readonly population: (ctx: RuleContext) => number };
  readonly check: (ctx: RuleContext) => Finding[];
};

export type SetRule<Id extends string = string> = RuleMeta<Id> & {
  readonly escalation?: Escalation & { readonly population: (ctx: SetContext) => number };
  readonly check: (ctx: SetContext) => Finding[];
};

/**
 * Each declared rule's base grade, filled as rule modules load, so that `makeFinding` can grade a
 * finding without importing the registry (which imports the rule modules: a cycle).
 */
const GRADES = new Map<string, Severity>();

export function declaredSeverity(id: string): Severity | undefined {
  return GRADES.get(id);
}

/** Declares a rule, keeping its id a literal type (so the registry's ids form a closed union). */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  GRADES.set(rule.id, rule.severity);
  return rule;
}

export function defineSetRule<const Id extends string>(rule: SetRule<Id>): SetRule<Id> {
  GRADES.set(rule.id, rule.severity);
  return rule;
}
