/**
 * The closed union of this domain's rule ids, derived from its registries: a rule module listed
 * in rules/index.ts or set-rules/index.ts contributes its id; tool problems are in tool-rules.ts.
 */
import type { RULES } from './rules/index';
import type { SET_RULES } from './set-rules/index';
import type { ToolRuleId } from './tool-rules';

export type WorkbookRuleId = (typeof RULES)[number]['id'];
export type IsmsRuleId = (typeof SET_RULES)[number]['id'];
export type ValidationRuleId = WorkbookRuleId | IsmsRuleId | ToolRuleId;
