/** Every registered rule's metadata by id: single-workbook, ISMS-level and cross-workbook. */
import { CROSS_RULES } from '../cross/rules/index';
import type { RuleId } from '../rule-id';
import type { StageId } from '../validation/rule';
import { RULES } from '../validation/rules/index';
import { SET_RULES } from '../validation/set-rules/index';

export type RuleMeta = { readonly id: RuleId; readonly clause: string; readonly stage: StageId };

const META: ReadonlyMap<string, RuleMeta> = new Map(
  [...RULES, ...SET_RULES, ...CROSS_RULES].map((r) => [
    r.id,
    { id: r.id, clause: r.clause, stage: r.stage },
  ]),
);

/** The rule's metadata; tool problems (WB-*, CSV-*, IMPORT-*) have none: they are never major. */
export function ruleMeta(id: string): RuleMeta | undefined {
  return META.get(id);
}
