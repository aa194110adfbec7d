/**
 * The closed union of every rule id, derived from the registries: single-workbook and
 * ISMS-level rules and tool problems (shared/validation), cross-workbook rules (shared/cross).
 */
import type { ValidationRuleId } from './validation/rule-id';
import type { CrossRuleId } from './cross/rules/index';

export type RuleId = ValidationRuleId | CrossRuleId;
